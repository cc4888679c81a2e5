import type { TimedWord } from '../analysis/tokens.ts';
import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';

/** The main answer to hear: found by its session and place in the plan, once its recording is stored. */
export interface HearRequest {
  readonly sessionId: string;
  readonly turnIndex: number;
  readonly language: RecognitionLanguage;
  /** Aborted when the interviewer stops waiting: the transcription must stop with it, never run beside a recording. */
  readonly signal: AbortSignal;
}

/**
 * What lets the interviewer listen to a main answer before choosing its follow-ups: transcription on the
 * device (src/transcription/live-listener.ts), or a fake in tests. Absent when transcription is off or no model
 * is stored: then coverage is unknown and every follow-up is asked.
 */
export interface AnswerListener {
  /** How long the interviewer waits for the words before it asks the follow-ups anyway. */
  readonly waitMs: number;
  /** The answer's words; rejects when it cannot make them (no model for the language, a failure). */
  hear(request: HearRequest): Promise<readonly TimedWord[]>;
}
