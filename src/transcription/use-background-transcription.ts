import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../error-message.ts';
import { interviewLockName } from '../interview/interview-lock.ts';
import type { Locks } from '../platform/locks/locks.ts';
import {
  recognitionLanguages,
  type Recognisers,
  type RecognitionEngine,
} from '../platform/recognition/recognition.ts';
import { loadDueAnswers, nextQueueChange } from '../store/transcription-queue.ts';
import { heardAnswersSettled } from './live-listener.ts';
import { recognitionLanguage } from './recognition-language.ts';
import { inQueueOrder, stopAtOnce, transcribeQueued } from './transcribe-queued.ts';
import { useEnginePlans, type EnginePlans } from './use-engine-plans.ts';
import { whyNotTranscribed } from './why-not-transcribed.ts';

/** Held by the tab that works the queue: two tabs never transcribe the same answers side by side. */
export const transcriptionQueueLockName = 'viva-transcription-queue';

/** The due answers this worker has not tried yet, that an engine chosen now can transcribe. */
async function untried(tried: ReadonlySet<string>, plans: EnginePlans) {
  const due = await loadDueAnswers();
  return due.filter(({ answer }) => {
    const language = recognitionLanguage(answer.turn.language);
    return (
      !tried.has(answer.id) &&
      whyNotTranscribed(answer) === undefined &&
      language !== undefined &&
      plans[language].kind !== 'none'
    );
  });
}

/**
 * How the background work stands: answers left in the pass under way (0 when idle), waiting for another
 * tab's interview to end, or why it stopped.
 */
export type BackgroundWork =
  { readonly left: number } | { readonly waiting: 'interview' } | { readonly failure: string };

/**
 * Resolves once no tab runs an interview (at once when none does), true then; false at the signal. The
 * interview lock is taken and given back at once: a tab starting an interview meanwhile waits a moment
 * for it, as it does for the check for interrupted interviews.
 */
async function noInterviewRunning(locks: Locks, signal: AbortSignal, onWait: (waiting: boolean) => void) {
  let lock = await locks.acquire(interviewLockName, { waitMs: 0, signal });
  if (lock === undefined && !signal.aborted) {
    onWait(true);
    lock = await locks.acquire(interviewLockName, { signal });
    onWait(false);
  }
  lock?.release();
  return lock !== undefined;
}

/**
 * Works the transcription queue while the app shows a page that records nothing and reviews nothing (an
 * open review transcribes its own answers, and an interview must have the processor): every interview's
 * due answers, one at a time, the oldest first, each tried once while the page stays, then waiting for more.
 * Before each answer it waits for an interview in another tab to end. Leaving stops the engine at once.
 */
export function useBackgroundTranscription(recognisers: Recognisers, locks: Locks): BackgroundWork {
  const { on, plans, planKey } = useEnginePlans(recognisers);
  const [left, setLeft] = useState(0);
  const [failure, setFailure] = useState<string>();
  const [waiting, setWaiting] = useState(false);
  const plansRef = useRef(plans);
  useEffect(() => {
    plansRef.current = plans;
  });

  useEffect(() => {
    const chosen = plansRef.current;
    // Without an engine for any language there is nothing to do, and the queue (which may hold every
    // answer recorded before a model was chosen) is not read at all.
    const anyEngine = recognitionLanguages.some((language) => chosen?.[language].kind !== 'none');
    if (on !== true || chosen === undefined || !anyEngine) return;
    const controller = new AbortController();
    const { signal } = controller;
    let running: Promise<RecognitionEngine> | undefined;
    const mayStart = () => noInterviewRunning(locks, signal, setWaiting);
    const work = async (): Promise<void> => {
      const lock = await locks.acquire(transcriptionQueueLockName, { signal });
      if (lock === undefined) return;
      try {
        // The interview just ended may still be hearing its last answer: its words, not a second engine.
        await heardAnswersSettled();
        // An answer that fails here is left for the next visit or start: this page does not try it again.
        const tried = new Set<string>();
        while (!signal.aborted) {
          const due = await untried(tried, chosen);
          if (due.length === 0) {
            await nextQueueChange(signal);
            continue;
          }
          // While another tab records, the engine is not even loaded: its memory too is the interview's.
          if (!(await mayStart())) break;
          for (const { answer } of due) tried.add(answer.id);
          setLeft(due.length);
          await transcribeQueued(inQueueOrder(due), {
            plans: chosen,
            recognisers,
            signal,
            onStatus: (_, status) => {
              if (status === undefined || status.state === 'failed')
                setLeft((before) => Math.max(0, before - 1));
            },
            onEngine: () => undefined,
            onStarting: (engine) => {
              running = engine;
            },
            mayStart,
          });
          setLeft(0);
        }
      } finally {
        lock.release();
      }
    };
    work().catch((error: unknown) => {
      // The queue could not be read (storage failing): the answers stay queued for the next start.
      if (!signal.aborted) setFailure(errorMessage(error));
    });
    return () => {
      controller.abort();
      stopAtOnce(running);
      setLeft(0);
      setWaiting(false);
    };
  }, [on, planKey, recognisers, locks]);

  if (failure !== undefined) return { failure };
  return waiting ? { waiting: 'interview' } : { left };
}
