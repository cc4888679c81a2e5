import type { MicrophoneProblem, OpenMicrophone } from '../platform/microphone/microphone.ts';
import type { SpeechFailure, VoiceInfo } from '../platform/speech/speech.ts';
import type { Turn } from './plan.ts';
import type { AnswerTiming, TurnDecision } from './records.ts';

// Every event says when it happened (`at`, ms since the epoch), stamped by whoever sent it, so that a
// transition uses the time the thing happened, not the time it was handled (late, in a throttled tab).

/** What the candidate does, through buttons and shortcuts. */
export interface UserEvent {
  readonly type:
    | 'user.retryMicrophone'
    | 'user.testVoice'
    | 'user.start'
    | 'user.done'
    | 'user.skip'
    | 'user.pause'
    | 'user.resume'
    | 'user.repeat'
    | 'user.nextSection'
    | 'user.abort';
  readonly at: number;
}
export type UserEventType = UserEvent['type'];

/**
 * Which alarm rang: the answer's next milestone, the speech watchdog, the end of a caption's reading time, or
 * the end of the wait for a main answer's words.
 */
export type AlarmName = 'milestone' | 'watchdog' | 'reading' | 'listening';

export type InterviewEvent =
  | UserEvent
  | { readonly type: 'speech.started'; readonly at: number; readonly voice: VoiceInfo }
  | { readonly type: 'speech.ended'; readonly at: number }
  | { readonly type: 'speech.failed'; readonly at: number; readonly reason: SpeechFailure }
  /** An alarm rang, or the page became visible again (then `at` may still be before `deadline`). */
  | { readonly type: 'clock.tick'; readonly at: number; readonly alarm: AlarmName; readonly deadline: number }
  | { readonly type: 'microphone.ready'; readonly at: number; readonly microphone: OpenMicrophone }
  | {
      readonly type: 'microphone.failed';
      readonly at: number;
      readonly problem: MicrophoneProblem;
      readonly message: string;
    }
  | { readonly type: 'microphone.ended'; readonly at: number }
  | { readonly type: 'recorder.saved'; readonly at: number }
  | { readonly type: 'recorder.failed'; readonly at: number; readonly message: string };

/** What the machine tells the microphone actor. */
export type RecorderCommand =
  /** Opens the microphone after a failed open, or asks for the device again after it ended. */
  | { readonly type: 'microphone.retry' }
  | {
      readonly type: 'record.start';
      readonly sessionId: string;
      readonly turnIndex: number;
      readonly turn: Turn;
      readonly askedAt: number;
    }
  /** Stores every decision the interviewer has taken so far; the machine counts it as a pending save. */
  | {
      readonly type: 'decisions.keep';
      readonly sessionId: string;
      readonly decisions: readonly TurnDecision[];
    }
  | { readonly type: 'record.pause' }
  | { readonly type: 'record.resume' }
  | { readonly type: 'record.stop'; readonly timing: AnswerTiming };
