import { useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../error-message.ts';
import type { Recognisers, RecognitionEngine } from '../platform/recognition/recognition.ts';
import type { AnswerRecord, TranscriptionJobRecord, TranscriptRecord } from '../store/database.ts';
import { isDue } from '../store/transcription-attempts.ts';
import {
  loadDueAnswers,
  queueTranscriptionAgain,
  retryTranscriptions,
} from '../store/transcription-queue.ts';
import { useTranscriptionJobs, useTranscripts } from '../store/use-transcription-data.ts';
import { heardAnswersSettled } from './live-listener.ts';
import { recognitionLanguage } from './recognition-language.ts';
import type { TranscriptionStatus } from './transcribe-answers.ts';
import { inQueueOrder, stopAtOnce, transcribeQueued } from './transcribe-queued.ts';
import { useEnginePlans } from './use-engine-plans.ts';
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

/** The answers the queue stopped trying after too many failed attempts, with why, for "Try again". */
function givenUp(jobs: ReadonlyMap<string, TranscriptionJobRecord> | undefined) {
  const statuses = new Map<string, TranscriptionStatus>();
  for (const job of jobs?.values() ?? []) {
    if (isDue(job)) continue;
    const why = job.failure ?? 'The page stopped while this answer was being transcribed.';
    statuses.set(job.answerId, { state: 'failed', message: `${why} Tried ${job.attempts} times.` });
  }
  return statuses;
}

/**
 * Transcribes an interview's queued answers on the device while its review is open, one at a time, each
 * with its language's engine (started once for all the languages it transcribes): those asked for again
 * first, then in the order they were queued. Leaving the review stops the engine, cancelling the answer
 * under way; the others wait in the queue for the next visit.
 */
export function useSessionTranscription(
  sessionId: string,
  answers: readonly AnswerRecord[],
  recognisers: Recognisers,
): SessionTranscription {
  const { on, plans, planKey } = useEnginePlans(recognisers);
  const transcripts = useTranscripts(sessionId);
  const jobs = useTranscriptionJobs(sessionId);
  const [statuses, setStatuses] = useState<ReadonlyMap<string, TranscriptionStatus>>(new Map());
  const [problems, setProblems] = useState<{ key: string; byEngine: ReadonlyMap<string, string> }>();
  const [ready, setReady] = useState<ReadonlySet<string>>(new Set());
  const [attempt, setAttempt] = useState(0);

  // The answers that could be transcribed, as a key: neither an edit elsewhere in the review (a rating)
  // nor a transcript just stored may restart the run. Which of them are queued is read when it starts.
  const candidates = answers
    .filter((answer) => whyNotTranscribed(answer) === undefined)
    .map((answer) => answer.id)
    .join(' ');
  const loaded = transcripts !== undefined;
  const plansRef = useRef(plans);
  useEffect(() => {
    plansRef.current = plans;
  });

  useEffect(() => {
    const chosen = plansRef.current;
    if (on !== true || chosen === undefined || !loaded || candidates === '') return;
    const controller = new AbortController();
    const ids = new Set(candidates.split(' '));
    // This run owns the engine it started and stops it on cleanup.
    let running: Promise<RecognitionEngine> | undefined;
    const transcribeAll = async (): Promise<void> => {
      // The interview just ended may still be hearing its last answer: its words, not a second engine.
      await heardAnswersSettled();
      const due = (await loadDueAnswers(sessionId)).filter(({ answer }) => ids.has(answer.id));
      if (controller.signal.aborted) return;
      await transcribeQueued(inQueueOrder(due), {
        plans: chosen,
        recognisers,
        signal: controller.signal,
        onStatus: (answerId, status) => {
          setStatuses((before) => {
            const after = new Map(before);
            if (status === undefined) after.delete(answerId);
            else after.set(answerId, status);
            return after;
          });
        },
        onEngine: (name, problem) => {
          if (problem === undefined) {
            setReady((before) => new Set(before).add(name));
            return;
          }
          setProblems((before) => ({
            key: planKey,
            byEngine: new Map(before?.key === planKey ? before.byEngine : []).set(name, problem),
          }));
        },
        onStarting: (engine) => {
          running = engine;
        },
      });
    };
    void transcribeAll();
    return () => {
      controller.abort();
      stopAtOnce(running);
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

  // What the run reports, over the answers the queue stopped trying.
  const shown = useMemo(() => new Map([...givenUp(jobs), ...statuses]), [jobs, statuses]);
  // A new run after a change to the queue: the answer under way (if any) is cancelled and taken up again.
  const rerun = (queueChange: Promise<void>, answerId?: string): void => {
    queueChange.then(
      () => {
        setAttempt((n) => n + 1);
      },
      (error: unknown) => {
        if (answerId === undefined) return;
        setStatuses((before) =>
          new Map(before).set(answerId, {
            state: 'failed',
            message: `It could not be queued: ${errorMessage(error)}.`,
          }),
        );
      },
    );
  };

  return {
    transcriber,
    transcripts: transcripts ?? noTranscripts,
    statuses: shown,
    notTranscribed: whyNotTranscribed,
    retry: () => {
      setProblems(undefined);
      rerun(retryTranscriptions(sessionId));
    },
    transcribeAgain: (answerId) => {
      rerun(queueTranscriptionAgain({ id: answerId, sessionId }), answerId);
    },
  };
}
