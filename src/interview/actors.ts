import { fromCallback, fromPromise } from 'xstate';
import type { Clock } from '../platform/clock/clock.ts';
import { MicrophoneError } from '../platform/microphone/microphone.ts';
import type { Microphone, OpenMicrophone, Recording } from '../platform/microphone/microphone.ts';
import type { Speech, SpeechOptions } from '../platform/speech/speech.ts';
import type { TimedWord } from '../analysis/tokens.ts';
import type { AnswerListener, FollowedAnswer, HearRequest } from './answer-listener.ts';
import { recognitionLanguage } from '../transcription/recognition-language.ts';
import type { AlarmName, InterviewEvent, RecorderCommand } from './events.ts';
import type { AnswerTiming, InterviewRecords, NewSession, SessionStatus, TurnDecision } from './records.ts';
import { errorMessage } from '../error-message.ts';

// The machine's side effects. Each one reaches the browser only through a platform contract passed in
// its input, and cleans up after itself when the state that invoked it is left.

export interface SpeakInput {
  readonly speech: Speech;
  readonly clock: Clock;
  readonly text: string;
  readonly options: SpeechOptions;
}

/** Speaks one text; leaving the state cancels it, so a pause or skip silences the interviewer at once. */
export const speakActor = fromCallback<InterviewEvent, SpeakInput>(({ input, sendBack }) => {
  const { clock } = input;
  const handle = input.speech.speak(input.text, input.options, {
    started: (voice) => {
      sendBack({ type: 'speech.started', at: clock.now(), voice });
    },
    ended: () => {
      sendBack({ type: 'speech.ended', at: clock.now() });
    },
    failed: (reason) => {
      sendBack({ type: 'speech.failed', at: clock.now(), reason });
    },
  });
  return () => {
    handle.cancel();
  };
});

export interface AlarmInput {
  readonly clock: Clock;
  readonly alarm: AlarmName;
  /** Absolute time to ring at; with `afterMs` instead, that long after the alarm is set. None: never rings. */
  readonly at?: number;
  readonly afterMs?: number;
}

/**
 * Rings once at its deadline, and again whenever the page becomes visible, so that a tab whose timers
 * were throttled catches up as soon as the user looks at it.
 */
export const alarmActor = fromCallback<InterviewEvent, AlarmInput>(({ input, sendBack }) => {
  const { clock, alarm } = input;
  const deadline = input.at ?? (input.afterMs === undefined ? Infinity : clock.now() + input.afterMs);
  const ring = () => {
    sendBack({ type: 'clock.tick', at: clock.now(), alarm, deadline });
  };
  const cancelAlarm = Number.isFinite(deadline) ? clock.wakeAt(deadline, ring) : () => undefined;
  const stopWatching = clock.onVisible(ring);
  return () => {
    cancelAlarm();
    stopWatching();
  };
});

export interface StartSessionInput {
  readonly records: InterviewRecords;
  readonly session: NewSession;
  /** Given, that interrupted session is taken up again instead of a new one started. */
  readonly resumeSessionId?: string | undefined;
}

/** Starts the session, or resumes an interrupted one; resolves with its id. */
export const startSessionActor = fromPromise<string, StartSessionInput>(async ({ input }) => {
  const { records, resumeSessionId } = input;
  if (resumeSessionId === undefined) return records.startSession(input.session);
  await records.resumeSession(resumeSessionId);
  return resumeSessionId;
});

export interface FinishSessionInput {
  readonly records: InterviewRecords;
  readonly sessionId: string;
  readonly status: Exclude<SessionStatus, 'in-progress'>;
  readonly endedAt: number;
  readonly decisions: readonly TurnDecision[];
}

export const finishSessionActor = fromPromise<undefined, FinishSessionInput>(async ({ input }) => {
  await input.records.finishSession(input.sessionId, input.status, input.endedAt, input.decisions);
  return undefined;
});

export interface ListenInput {
  readonly listener: AnswerListener;
  readonly request: Omit<HearRequest, 'signal'>;
}

/** Hears a main answer's words; leaving the state (the wait is over) aborts it, stopping the transcription. */
export const listenActor = fromPromise<readonly TimedWord[], ListenInput>(({ input, signal }) =>
  input.listener.hear({ ...input.request, signal }),
);

export interface MicrophoneInput {
  readonly microphone: Microphone;
  readonly records: InterviewRecords;
  readonly clock: Clock;
  /** Told of every answer as it is recorded (transcription on), to listen where its engine keeps up live. */
  readonly listener?: AnswerListener | undefined;
}

/** A promise with its settle functions, for a value that another call will produce. */
function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface ActiveAnswer {
  readonly recording: Recording;
  readonly answerId: Promise<string>;
  readonly followed: FollowedAnswer | undefined;
}

/**
 * Owns the session's one microphone stream and records each answer into the store, chunk by chunk, and
 * stores the interviewer's decisions as it takes them: every write of the interview goes through it, so
 * the machine counts them all alike. The stream is closed when the interview ends or the page leaves it.
 */
export const microphoneActor = fromCallback<RecorderCommand, MicrophoneInput>(
  ({ input, sendBack, receive }) => {
    const { records, clock } = input;
    let open: OpenMicrophone | undefined;
    let stopWatchingEnd = (): void => undefined;
    let active: ActiveAnswer | undefined;
    let closed = false;

    const fail = (error: unknown) => {
      sendBack({ type: 'recorder.failed', at: clock.now(), message: errorMessage(error) });
    };

    const reportFailure = (error: unknown) => {
      const problem = error instanceof MicrophoneError ? error.problem : 'unavailable';
      sendBack({ type: 'microphone.failed', at: clock.now(), problem, message: errorMessage(error) });
    };

    const openMicrophone = () => {
      input.microphone.open().then((microphone) => {
        // The page left while permission was being asked: release the device at once.
        if (closed) {
          microphone.close();
          return;
        }
        open = microphone;
        stopWatchingEnd = microphone.onEnded(() => {
          sendBack({ type: 'microphone.ended', at: clock.now() });
        });
        sendBack({ type: 'microphone.ready', at: clock.now(), microphone });
      }, reportFailure);
    };

    // After the device ended: the same open microphone asks for it again, so a paused answer resumes
    // into its own recording on whatever device comes back.
    const reopenMicrophone = (microphone: OpenMicrophone) => {
      microphone.reopen().then(() => {
        if (!closed) sendBack({ type: 'microphone.ready', at: clock.now(), microphone });
      }, reportFailure);
    };

    const finish = (answer: ActiveAnswer, timing: AnswerTiming) => {
      // The timing is stored as soon as the answer has an id; the audio once the last chunk is written.
      const timingSaved = answer.answerId.then((id) => records.finishAnswerTiming(id, timing));
      const audioSaved = Promise.all([answer.recording.stop(), answer.answerId]).then(([audio, id]) =>
        records.finishAnswerAudio(id, audio),
      );
      Promise.all([timingSaved, audioSaved]).then(() => {
        sendBack({ type: 'recorder.saved', at: clock.now() });
      }, fail);
      answer.followed?.end(answer.answerId);
    };

    receive((command) => {
      switch (command.type) {
        case 'microphone.retry':
          if (open === undefined) openMicrophone();
          else reopenMicrophone(open);
          return;
        case 'record.start': {
          if (open === undefined) {
            fail(new Error('The microphone is not open.'));
            return;
          }
          const id = deferred<string>();
          const answerId = id.promise;
          answerId.catch(() => undefined);
          // Recording starts first so the answer's first words are never lost to a database write;
          // chunks wait for the answer's id, which is ready long before the first chunk (about 1 s).
          let recording: Recording;
          try {
            recording = open.record(
              { write: async (chunk) => records.appendChunk(await answerId, chunk) },
              fail,
            );
          } catch (error) {
            fail(error);
            return;
          }
          records
            .startAnswer({
              sessionId: command.sessionId,
              turnIndex: command.turnIndex,
              turn: command.turn,
              askedAt: command.askedAt,
              startedAt: clock.now(),
              mimeType: recording.mimeType,
            })
            .then(id.resolve, id.reject);
          active = { recording, answerId, followed: undefined };
          // After the recorder has started, and never in its way: a listener that fails costs live words only.
          const language = recognitionLanguage(command.turn.language);
          try {
            active = {
              ...active,
              followed:
                language &&
                input.listener?.follow(
                  { sessionId: command.sessionId, turnIndex: command.turnIndex, language },
                  open,
                ),
            };
          } catch {
            // The answer is transcribed from its recording instead.
          }
          return;
        }
        case 'decisions.keep':
          records.keepDecisions(command.sessionId, command.decisions).then(() => {
            sendBack({ type: 'recorder.saved', at: clock.now() });
          }, fail);
          return;
        case 'record.pause':
          active?.recording.pause();
          active?.followed?.pause();
          return;
        case 'record.resume':
          active?.recording.resume();
          active?.followed?.resume();
          return;
        case 'record.stop':
          if (active !== undefined) finish(active, command.timing);
          active = undefined;
          return;
      }
    });

    openMicrophone();
    return () => {
      closed = true;
      stopWatchingEnd();
      // Leaving mid-answer (the page closed the interview): keep what was recorded, with its summary, so
      // the recovery that marks the session interrupted does not have to rebuild it from the chunks.
      if (active !== undefined) {
        const { recording, answerId, followed } = active;
        followed?.cancel();
        Promise.all([recording.stop(), answerId])
          .then(([audio, id]) => records.finishAnswerAudio(id, audio))
          .catch(() => undefined);
      }
      open?.close();
      input.listener?.close();
    };
  },
);
