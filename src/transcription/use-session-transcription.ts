import { useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../error-message.ts';
import {
  recognitionLanguages,
  type Recognisers,
  type RecognitionEngine,
} from '../platform/recognition/recognition.ts';
import type { AnswerRecord, TranscriptRecord } from '../store/database.ts';
import { loadAnswerAudio } from '../store/answer-audio.ts';
import { loadTranscripts, saveTranscript } from '../store/transcripts.ts';
import { useSettings } from '../store/use-settings.ts';
import { useRecognitionModel, useTranscripts } from '../store/use-transcription-data.ts';
import { planEngine, runsByEngine, startPlannedEngine, type EnginePlan } from './engine-for-language.ts';
import { heardAnswersSettled } from './live-listener.ts';
import { recognitionLanguage } from './recognition-language.ts';
import { transcribeAnswers, type TranscriptionStatus } from './transcribe-answers.ts';
import { useLanguagePacks } from './use-language-packs.ts';
import { whyNotTranscribed } from './why-not-transcribed.ts';

/** Whether the review can transcribe an answer, and if not, why; `model` names the engine. */
export type TranscriberState =
  | { readonly state: 'loading' }
  /** No engine for the answer's language: `reason` says why and what to do. */
  | { readonly state: 'no-engine'; readonly reason: string }
  | { readonly state: 'off' }
  | { readonly state: 'starting'; readonly model: string; readonly engine: 'whisper' | 'browser' }
  | { readonly state: 'ready'; readonly model: string }
  | { readonly state: 'failed'; readonly model: string; readonly message: string };

/** What the review shows of transcription: the transcripts made, and where the others stand. */
export interface SessionTranscription {
  /** Where the engine of an answer's language stands. */
  readonly transcriber: (answer: AnswerRecord) => TranscriberState;
  readonly transcripts: ReadonlyMap<string, TranscriptRecord>;
  readonly statuses: ReadonlyMap<string, TranscriptionStatus>;
  /** Why an answer will not be transcribed, or undefined when it will be (or is). */
  readonly notTranscribed: (answer: AnswerRecord) => string | undefined;
  /** Starts again after a failure: the engine, and the answers that failed. */
  readonly retry: () => void;
  /** Transcribes an answer again with the engine now chosen; its transcript stays until the new one is made. */
  readonly transcribeAgain: (answerId: string) => void;
}

const noTranscripts: ReadonlyMap<string, TranscriptRecord> = new Map();

type Plans = Readonly<Record<'en' | 'de' | 'ru', EnginePlan>>;

/**
 * Transcribes an interview's recorded answers on the device while its review is open, one at a time, each
 * with its language's engine (started once for all the languages it transcribes), those without a transcript
 * only. Leaving the review stops the engine, cancelling the answer under way; the others wait for the next
 * visit.
 */
export function useSessionTranscription(
  sessionId: string,
  answers: readonly AnswerRecord[],
  recognisers: Recognisers,
): SessionTranscription {
  const settings = useSettings();
  // Off in Settings: nothing is transcribed, but the model stays for when it is turned on again.
  const on = settings?.transcribe;
  const stored = useRecognitionModel();
  const packs = useLanguagePacks(recognisers.browserPacks).availability;
  const engines = settings?.recognitionEngines;
  const plans = useMemo((): Plans | undefined => {
    if (engines === undefined || stored === undefined || packs === undefined) return undefined;
    const plan = (language: 'en' | 'de' | 'ru') =>
      planEngine(language, engines[language], packs[language], stored ?? undefined);
    return { en: plan('en'), de: plan('de'), ru: plan('ru') };
  }, [engines, stored, packs]);
  // The engines chosen, as a key: a new model (even of the same name) or engine restarts the run.
  const planKey =
    plans === undefined
      ? ''
      : recognitionLanguages
          .map((language) => (plans[language].kind === 'none' ? '-' : plans[language].name))
          .concat(String(stored?.addedAt))
          .join('|');
  const transcripts = useTranscripts(sessionId);
  const [statuses, setStatuses] = useState<ReadonlyMap<string, TranscriptionStatus>>(new Map());
  const [problems, setProblems] = useState<{ key: string; byEngine: ReadonlyMap<string, string> }>();
  const [ready, setReady] = useState<ReadonlySet<string>>(new Set());
  const [attempt, setAttempt] = useState(0);
  // Answers asked to be transcribed again though they have a transcript; each leaves once its new one is stored.
  const again = useRef(new Set<string>());

  // The answers that could be transcribed, as a key: neither an edit elsewhere in the review (a rating)
  // nor a transcript just stored may restart the run. Which of them still need one is read when it starts.
  const candidates = answers
    .filter((answer) => whyNotTranscribed(answer) === undefined)
    .map((answer) => answer.id)
    .join(' ');
  const loaded = transcripts !== undefined;
  const transcriptsRef = useRef(transcripts);
  const answersRef = useRef(answers);
  const plansRef = useRef(plans);
  useEffect(() => {
    transcriptsRef.current = transcripts;
    answersRef.current = answers;
    plansRef.current = plans;
  });

  useEffect(() => {
    const chosen = plansRef.current;
    if (on !== true || chosen === undefined || !loaded || candidates === '') return;
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
    // This run owns the engine it started and stops it on cleanup.
    let running: Promise<RecognitionEngine> | undefined;
    // A function, not the flag itself: it changes across the awaits below.
    const cancelled = (): boolean => controller.signal.aborted;
    const transcribeAll = async (): Promise<void> => {
      // The interview just ended may still be hearing its last answer: its words, not a second engine.
      await heardAnswersSettled();
      const stored = await loadTranscripts(sessionId);
      if (cancelled()) return;
      const left = toTranscribe.filter(
        ({ answerId }) => again.current.has(answerId) || !stored.has(answerId),
      );
      for (const { plan, answers: group } of runsByEngine(left, chosen)) {
        running = startPlannedEngine(plan, recognisers);
        let engine: RecognitionEngine;
        try {
          engine = await running;
        } catch (error) {
          if (cancelled()) return;
          setProblems((before) => ({
            key: planKey,
            byEngine: new Map(before?.key === planKey ? before.byEngine : []).set(
              plan.name,
              errorMessage(error),
            ),
          }));
          continue;
        }
        if (cancelled()) return;
        setReady((before) => new Set(before).add(plan.name));
        await transcribeAnswers(group, {
          engine,
          signal: controller.signal,
          now: () => performance.now(),
          onStatus: setStatus,
          save: async (answerId, answerLanguage, words, tookMs) => {
            await saveTranscript({
              answerId,
              sessionId,
              language: answerLanguage,
              words,
              model: plan.name,
              tookMs,
              createdAt: Date.now(),
            });
            again.current.delete(answerId);
          },
        });
        engine.dispose();
      }
    };
    // Every answer already has its transcript: no engine is started at all.
    if (toTranscribe.length > 0) void transcribeAll();
    return () => {
      controller.abort();
      // Stops the engine at once rather than at its next check, and frees its memory: the next page may be
      // an interview, whose recording must not share the processor. Loading Whisper again takes ~0.6 s.
      running?.then(
        (started) => {
          started.dispose();
        },
        () => undefined,
      );
      setStatuses(new Map());
    };
  }, [on, planKey, loaded, candidates, sessionId, attempt, recognisers]);

  const transcriber = useMemo(() => {
    return (answer: AnswerRecord): TranscriberState => {
      if (on === undefined || plans === undefined) return { state: 'loading' };
      if (!on) return { state: 'off' };
      const plan = plans[recognitionLanguage(answer.turn.language) ?? 'en'];
      if (plan.kind === 'none') return { state: 'no-engine', reason: plan.reason };
      const problem = problems?.key === planKey ? problems.byEngine.get(plan.name) : undefined;
      if (problem !== undefined) return { state: 'failed', model: plan.name, message: problem };
      return ready.has(plan.name)
        ? { state: 'ready', model: plan.name }
        : { state: 'starting', model: plan.name, engine: plan.kind };
    };
  }, [on, plans, planKey, problems, ready]);

  return {
    transcriber,
    transcripts: transcripts ?? noTranscripts,
    statuses,
    notTranscribed: whyNotTranscribed,
    retry: () => {
      setProblems(undefined);
      setAttempt((n) => n + 1);
    },
    transcribeAgain: (answerId) => {
      again.current.add(answerId);
      // A new run: the answer under way (if any) is cancelled and taken up again after this one.
      setAttempt((n) => n + 1);
    },
  };
}
