import { errorMessage } from '../error-message.ts';
import type {
  RecognisedWord,
  RecognitionEngine,
  RecognitionLanguage,
} from '../platform/recognition/recognition.ts';

/** One answer to transcribe: its id, its language, and a way to read its recording. */
export interface AnswerToTranscribe {
  readonly answerId: string;
  readonly language: RecognitionLanguage;
  readonly loadAudio: () => Promise<Blob>;
}

/** Where an answer's transcription stands, for the review to show. */
export type TranscriptionStatus =
  | { readonly state: 'waiting' }
  | { readonly state: 'working'; readonly done: number }
  | { readonly state: 'failed'; readonly message: string };

export interface TranscribeAnswersOptions {
  readonly engine: RecognitionEngine;
  /** Stores a finished transcript; a failure to store counts as the answer's failure. */
  readonly save: (
    answerId: string,
    language: RecognitionLanguage,
    words: readonly RecognisedWord[],
    tookMs: number,
  ) => Promise<void>;
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
 * reporting each one's status; undefined once its transcript is stored. Stops at the signal: the
 * answer being transcribed is cancelled, and the ones after it are left for another time.
 */
export async function transcribeAnswers(
  answers: readonly AnswerToTranscribe[],
  { engine, save, onStatus, signal, now }: TranscribeAnswersOptions,
): Promise<void> {
  for (const answer of answers) onStatus(answer.answerId, { state: 'waiting' });
  for (const answer of answers) {
    if (signal.aborted) return;
    onStatus(answer.answerId, { state: 'working', done: 0 });
    const started = now();
    try {
      const result = await engine.transcribe(await answer.loadAudio(), {
        language: answer.language,
        signal,
        onProgress: (done) => {
          onStatus(answer.answerId, { state: 'working', done });
        },
      });
      if (!result.ok) {
        if (result.reason === 'cancelled') return;
        const detail = result.detail === undefined ? '' : `: ${result.detail}`;
        onStatus(answer.answerId, { state: 'failed', message: `${failureText[result.reason]}${detail}.` });
        continue;
      }
      await save(answer.answerId, answer.language, result.words, Math.round(now() - started));
      onStatus(answer.answerId, undefined);
    } catch (error) {
      onStatus(answer.answerId, {
        state: 'failed',
        message: `The transcript could not be made: ${errorMessage(error)}.`,
      });
    }
  }
}
