import { errorMessage } from '../error-message.ts';
import type {
  RecognisedWord,
  RecognitionEngine,
  RecognitionLanguage,
} from '../platform/recognition/recognition.ts';

/** One answer to transcribe: its id and its interview's, its language, and a way to read its recording. */
export interface AnswerToTranscribe {
  readonly answerId: string;
  readonly sessionId: string;
  readonly language: RecognitionLanguage;
  readonly loadAudio: () => Promise<Blob>;
}

/** Where an answer's transcription stands, for the review to show. */
export type TranscriptionStatus =
  | { readonly state: 'waiting' }
  | { readonly state: 'working'; readonly done: number }
  | { readonly state: 'failed'; readonly message: string };

/**
 * Where the attempts are counted: the durable queue (src/store/transcription-queue.ts), so that an answer that
 * keeps failing, or keeps crashing the page, stops being tried, and one stopped by leaving does not count.
 */
export interface AttemptLedger {
  /** Counts an attempt before the engine is given the answer; false when it no longer needs one. */
  readonly begin: (answerId: string) => Promise<boolean>;
  readonly failed: (answerId: string, message: string) => Promise<void>;
  readonly withdrawn: (answerId: string) => Promise<void>;
}

export interface TranscribeAnswersOptions {
  readonly engine: RecognitionEngine;
  /** Stores a finished transcript; a failure to store counts as the answer's failure. */
  readonly save: (
    answer: AnswerToTranscribe,
    words: readonly RecognisedWord[],
    tookMs: number,
  ) => Promise<void>;
  readonly attempts: AttemptLedger;
  readonly onStatus: (answerId: string, status: TranscriptionStatus | undefined) => void;
  readonly signal: AbortSignal;
  /** Milliseconds on a monotonic clock, to measure how long each transcription took. */
  readonly now: () => number;
}

const failureText = {
  undecodable: 'The recording could not be decoded',
  'engine-failed': 'The recogniser stopped with an error',
} as const;

/**
 * Transcribes answers one after the other (one model, one worker, and the page stays responsive),
 * reporting each one's status; undefined once its transcript is stored (or it no longer needs one).
 * Stops at the signal: the answer being transcribed is cancelled, and the ones after it are left for
 * another time.
 */
export async function transcribeAnswers(
  answers: readonly AnswerToTranscribe[],
  { engine, save, attempts, onStatus, signal, now }: TranscribeAnswersOptions,
): Promise<void> {
  const fail = async (answerId: string, message: string): Promise<void> => {
    onStatus(answerId, { state: 'failed', message });
    await attempts.failed(answerId, message);
  };
  for (const answer of answers) onStatus(answer.answerId, { state: 'waiting' });
  for (const answer of answers) {
    if (signal.aborted) return;
    try {
      if (!(await attempts.begin(answer.answerId))) {
        onStatus(answer.answerId, undefined);
        continue;
      }
      onStatus(answer.answerId, { state: 'working', done: 0 });
      const started = now();
      const result = await engine.transcribe(await answer.loadAudio(), {
        language: answer.language,
        signal,
        onProgress: (done) => {
          onStatus(answer.answerId, { state: 'working', done });
        },
      });
      if (!result.ok) {
        if (result.reason === 'cancelled') {
          await attempts.withdrawn(answer.answerId);
          return;
        }
        const detail = result.detail === undefined ? '' : `: ${result.detail}`;
        await fail(answer.answerId, `${failureText[result.reason]}${detail}.`);
        continue;
      }
      await save(answer, result.words, Math.round(now() - started));
      onStatus(answer.answerId, undefined);
    } catch (error) {
      // Storage may be what failed: then the count stays as it is, and the status still says why.
      await fail(answer.answerId, `The transcript could not be made: ${errorMessage(error)}.`).catch(
        () => undefined,
      );
    }
  }
}
