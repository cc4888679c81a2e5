import { useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../error-message.ts';
import type { AnswerRecord, TranscriptRecord } from '../store/database.ts';
import { loadAnswerAudio } from '../store/answer-audio.ts';
import { saveTranscript } from '../store/transcripts.ts';
import { useSettings } from '../store/use-settings.ts';
import { useRecognitionModel, useTranscripts } from '../store/use-transcription-data.ts';
import { modelTranscribes, recognitionLanguage } from './recognition-language.ts';
import { transcribeAnswers, type TranscriptionStatus } from './transcribe-answers.ts';

/** Whether the review can transcribe, and if not, why. */
export type TranscriberState =
  | { readonly state: 'loading' }
  | { readonly state: 'no-model' }
  | { readonly state: 'off' }
  | { readonly state: 'starting'; readonly model: string }
  | { readonly state: 'ready'; readonly model: string }
  | { readonly state: 'failed'; readonly model: string; readonly message: string };

/** What the review shows of transcription: the transcripts made, and where the others stand. */
export interface SessionTranscription {
  readonly transcriber: TranscriberState;
  readonly transcripts: ReadonlyMap<string, TranscriptRecord>;
  readonly statuses: ReadonlyMap<string, TranscriptionStatus>;
  /** Why an answer will not be transcribed with this model, or undefined when it will be (or is). */
  readonly notTranscribed: (answer: AnswerRecord) => string | undefined;
  /** Starts again after a failure: the engine, and the answers that failed. */
  readonly retry: () => void;
  /** Transcribes an answer again with the model now chosen; its transcript stays until the new one is made. */
  readonly transcribeAgain: (answerId: string) => void;
}

const noTranscripts: ReadonlyMap<string, TranscriptRecord> = new Map();

/**
 * Transcribes an interview's recorded answers on the device while its review is open, one at a time,
 * those without a transcript only. Leaving the review stops the engine, cancelling the answer under way;
 * the others wait for the next visit.
 */
export function useSessionTranscription(
  sessionId: string,
  answers: readonly AnswerRecord[],
): SessionTranscription {
  const settings = useSettings();
  // Off in Settings: as if no model were stored, but the model stays for when it is turned on again.
  const on = settings?.transcribe;
  const stored = useRecognitionModel();
  const model = on === false ? null : stored;
  const transcripts = useTranscripts(sessionId);
  const [statuses, setStatuses] = useState<ReadonlyMap<string, TranscriptionStatus>>(new Map());
  const [engineProblem, setEngineProblem] = useState<{ addedAt: number; message: string } | undefined>();
  const [engineReady, setEngineReady] = useState<number | undefined>();
  const [attempt, setAttempt] = useState(0);
  // Answers asked to be transcribed again though they have a transcript; each leaves once its new one is stored.
  const again = useRef(new Set<string>());

  const notTranscribed = useMemo(() => {
    return (answer: AnswerRecord): string | undefined => {
      if (answer.audio === undefined || answer.audio.durationMs === 0) return 'Nothing was recorded.';
      const language = recognitionLanguage(answer.turn.language);
      if (language === undefined) return `Viva cannot transcribe this language (${answer.turn.language}).`;
      if (model && !modelTranscribes(model.info.multilingual, language)) {
        return `The model ${model.fileName} knows English only; choose a multilingual model in Settings to transcribe this answer.`;
      }
      return undefined;
    };
  }, [model]);

  // The answers that could be transcribed, as a key: neither an edit elsewhere in the review (a rating)
  // nor a transcript just stored may restart the run. Which of them still need one is read when it starts.
  const candidates = answers
    .filter((answer) => notTranscribed(answer) === undefined)
    .map((answer) => answer.id)
    .join(' ');
  const loaded = transcripts !== undefined;
  const transcriptsRef = useRef(transcripts);
  const answersRef = useRef(answers);
  useEffect(() => {
    transcriptsRef.current = transcripts;
    answersRef.current = answers;
  });

  useEffect(() => {
    if (!model || !loaded || candidates === '') return;
    const controller = new AbortController();
    const setStatus = (answerId: string, status: TranscriptionStatus | undefined): void => {
      setStatuses((before) => {
        const after = new Map(before);
        if (status === undefined) after.delete(answerId);
        else after.set(answerId, status);
        return after;
      });
    };
    const ids = new Set(candidates.split(' '));
    const wanted = (id: string) => again.current.has(id) || !transcriptsRef.current?.has(id);
    const toTranscribe = answersRef.current
      .filter((answer) => ids.has(answer.id) && wanted(answer.id))
      // The ones asked for again first: the candidate is waiting for them.
      .sort((a, b) => Number(again.current.has(b.id)) - Number(again.current.has(a.id)))
      .map((answer) => ({
        answerId: answer.id,
        language: recognitionLanguage(answer.turn.language) ?? 'en',
        loadAudio: async () => (await loadAnswerAudio(answer.id)).blob,
      }));
    // Every answer already has its transcript: no need to load the model at all.
    if (toTranscribe.length === 0) return;
    // whisper.cpp loads here, never with the first page; this run owns its engine and stops it on cleanup.
    const engine = import('../platform/recognition/whisper/whisper-engine.ts').then(
      ({ startWhisperEngine }) => startWhisperEngine(model.file),
    );
    engine.then(
      (engine) => {
        if (controller.signal.aborted) return;
        setEngineReady(model.addedAt);
        return transcribeAnswers(toTranscribe, {
          engine,
          signal: controller.signal,
          now: () => performance.now(),
          onStatus: setStatus,
          save: async (answerId, language, words, tookMs) => {
            await saveTranscript({
              answerId,
              sessionId,
              language,
              words,
              model: model.fileName,
              tookMs,
              createdAt: Date.now(),
            });
            again.current.delete(answerId);
          },
        });
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setEngineProblem({ addedAt: model.addedAt, message: errorMessage(error) });
      },
    );
    return () => {
      controller.abort();
      // Stops whisper.cpp at once rather than at its next check, and frees the model's memory: the next
      // page may be an interview, whose recording must not share the processor. Loading again takes ~0.6 s.
      engine.then(
        (started) => {
          started.dispose();
        },
        () => undefined,
      );
      setStatuses(new Map());
    };
  }, [model, loaded, candidates, sessionId, attempt]);

  const transcriber = useMemo((): TranscriberState => {
    if (model === undefined || on === undefined) return { state: 'loading' };
    if (!on) return { state: 'off' };
    if (model === null) return { state: 'no-model' };
    if (engineProblem?.addedAt === model.addedAt) {
      return { state: 'failed', model: model.fileName, message: engineProblem.message };
    }
    return engineReady === model.addedAt
      ? { state: 'ready', model: model.fileName }
      : { state: 'starting', model: model.fileName };
  }, [model, on, engineProblem, engineReady]);

  return {
    transcriber,
    transcripts: transcripts ?? noTranscripts,
    statuses,
    notTranscribed,
    retry: () => {
      setEngineProblem(undefined);
      setAttempt((n) => n + 1);
    },
    transcribeAgain: (answerId) => {
      again.current.add(answerId);
      // A new run: the answer under way (if any) is cancelled and taken up again after this one.
      setAttempt((n) => n + 1);
    },
  };
}
