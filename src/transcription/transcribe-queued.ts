import { errorMessage } from '../error-message.ts';
import type { Recognisers, RecognitionEngine } from '../platform/recognition/recognition.ts';
import { loadAnswerAudio } from '../store/answer-audio.ts';
import type { AnswerRecord, TranscriptionJobRecord } from '../store/database.ts';
import {
  beginTranscriptionAttempt,
  noteTranscriptionFailure,
  withdrawTranscriptionAttempt,
} from '../store/transcription-queue.ts';
import { saveTranscript } from '../store/transcripts.ts';
import { runsByEngine, startPlannedEngine } from './engine-for-language.ts';
import { recognitionLanguage } from './recognition-language.ts';
import { transcribeAnswers, type AttemptLedger, type TranscriptionStatus } from './transcribe-answers.ts';
import type { EnginePlans } from './use-engine-plans.ts';

/** A queued answer with its job. */
export interface QueuedAnswer {
  readonly answer: AnswerRecord;
  readonly job: TranscriptionJobRecord;
}

/**
 * The queue in the device's database counts the attempts; `mayStart`, when given, is asked first (false:
 * the answer is left for another time).
 */
const storedAttempts = (mayStart?: () => Promise<boolean>): AttemptLedger => ({
  begin: async (answerId) =>
    (mayStart === undefined || (await mayStart())) && beginTranscriptionAttempt(answerId),
  failed: (answerId, message) => noteTranscriptionFailure(answerId, message),
  withdrawn: (answerId) => withdrawTranscriptionAttempt(answerId),
});

/** The order the queue is worked in: those asked for again first (the candidate waits for them), then by age. */
export function inQueueOrder(queued: readonly QueuedAnswer[]): QueuedAnswer[] {
  return [...queued].sort(
    (a, b) => Number(b.job.again ?? false) - Number(a.job.again ?? false) || a.job.queuedAt - b.job.queuedAt,
  );
}

/**
 * Stops an engine (started or starting) at once rather than at its next check, and frees its memory: the
 * next page may be an interview, whose recording must not share the processor. Loading Whisper again
 * takes ~0.6 s.
 */
export function stopAtOnce(engine: Promise<RecognitionEngine> | undefined): void {
  engine?.then(
    (started) => {
      started.dispose();
    },
    () => undefined,
  );
}

export interface TranscribeQueuedOptions {
  readonly plans: EnginePlans;
  readonly recognisers: Recognisers;
  readonly signal: AbortSignal;
  readonly onStatus: (answerId: string, status: TranscriptionStatus | undefined) => void;
  /** An engine started (no problem) or could not be (why), by its name. */
  readonly onEngine: (name: string, problem?: string) => void;
  /** The engine being started, for the caller to stop at once when it leaves. */
  readonly onStarting: (engine: Promise<RecognitionEngine>) => void;
  /** Asked before each answer, which waits or is left (false) until it says yes. */
  readonly mayStart?: () => Promise<boolean>;
}

/**
 * Transcribes queued answers in the order given, one at a time, each with its language's engine (started
 * once for all the languages it serves, and stopped after them); the attempts are counted in the queue and
 * each transcript is stored, which takes its answer off the queue.
 */
export async function transcribeQueued(
  queued: readonly QueuedAnswer[],
  { plans, recognisers, signal, onStatus, onEngine, onStarting, mayStart }: TranscribeQueuedOptions,
): Promise<void> {
  const toTranscribe = queued.map(({ answer }) => ({
    answerId: answer.id,
    sessionId: answer.sessionId,
    language: recognitionLanguage(answer.turn.language) ?? 'en',
    loadAudio: async () => (await loadAnswerAudio(answer.id)).blob,
  }));
  for (const { plan, answers } of runsByEngine(toTranscribe, plans)) {
    const starting = startPlannedEngine(plan, recognisers);
    onStarting(starting);
    let engine: RecognitionEngine;
    try {
      engine = await starting;
    } catch (error) {
      if (signal.aborted) return;
      onEngine(plan.name, errorMessage(error));
      continue;
    }
    if (signal.aborted) return;
    onEngine(plan.name);
    await transcribeAnswers(answers, {
      engine,
      signal,
      now: () => performance.now(),
      onStatus,
      attempts: storedAttempts(mayStart),
      save: ({ answerId, sessionId, language }, words, tookMs) =>
        saveTranscript({
          answerId,
          sessionId,
          language,
          words,
          model: plan.name,
          tookMs,
          createdAt: Date.now(),
        }),
    });
    engine.dispose();
  }
}
