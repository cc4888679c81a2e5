import type { TimedWord } from '../analysis/tokens.ts';
import type { OpenMicrophone } from '../platform/microphone/microphone.ts';
import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';

/** The main answer to hear: found by its session and place in the plan, once its recording is stored. */
export interface HearRequest {
  readonly sessionId: string;
  readonly turnIndex: number;
  readonly language: RecognitionLanguage;
  /** Aborted when the interviewer stops waiting: the transcription must stop with it, never run beside a recording. */
  readonly signal: AbortSignal;
}

/** An answer as its recording starts: its session, its place in the plan and its language. */
export type FollowRequest = Omit<HearRequest, 'signal'>;

/** An answer listened to while it is recorded: told of its pauses and of its end. */
export interface FollowedAnswer {
  pause(): void;
  resume(): void;
  /** The recording has stopped: its words are made and kept for the answer with this id. */
  end(answerId: Promise<string>): void;
  /** Left mid-answer: nothing is made. */
  cancel(): void;
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
  /**
   * Called as every answer's recording starts. Where the answer's engine is ready, it listens to a copy of
   * the microphone's audio, so the words are ready, for `hear` and the review, soon after the answer ends.
   * Otherwise nothing happens here, and `hear` transcribes the stored recording. Never throws: the recording
   * must not depend on it.
   */
  follow(request: FollowRequest, microphone: OpenMicrophone): FollowedAnswer;
  /** The interview is over: its engines are freed once the answers under way have their words. */
  close(): void;
}
