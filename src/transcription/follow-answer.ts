import type { FollowedAnswer, FollowRequest } from '../interview/answer-listener.ts';
import type { OpenMicrophone } from '../platform/microphone/microphone.ts';
import type {
  LiveRecognition,
  RecognisedWord,
  RecognitionEngine,
} from '../platform/recognition/recognition.ts';
import { heardSpeech } from '../insights/voice-activity.ts';
import type { VivaDatabase } from '../store/database.ts';
import { saveTranscript } from '../store/transcripts.ts';

/** An answer followed while recorded, with the words it gave once ended. */
export interface FollowingAnswer extends FollowedAnswer {
  /** Settles once the answer has ended: its words, kept; undefined when none were made live. */
  readonly words: Promise<readonly RecognisedWord[] | undefined>;
}

/** An engine that listens live, with the name its transcripts carry. */
export interface LiveEngine {
  readonly engine: RecognitionEngine;
  readonly name: string;
}

export interface FollowSources {
  /** The engine that listens to this answer's language live, or undefined where none can. */
  readonly liveEngine: Promise<LiveEngine | undefined>;
  readonly database: VivaDatabase;
  /** A monotonic clock in ms (performance.now in the browser). */
  readonly now: () => number;
}

/**
 * How far into an answer its engine may start listening: one that is ready later (Whisper loading its model
 * as the first answer starts) would miss the first words, so the answer is transcribed from its recording.
 */
export const latestListenStartMs = 500;

/**
 * Listens to one answer while it is recorded: a copy of the microphone's audio goes to the live engine, the
 * words are timed by the answer's own clock (its pauses left out, as the recording leaves them out), and
 * kept as the answer's transcript once it ends. Whatever fails here costs the live words only: the answer is
 * then transcribed from its recording, as without a live engine.
 */
export function followAnswer(
  { sessionId, language }: FollowRequest,
  microphone: OpenMicrophone,
  { liveEngine, database, now }: FollowSources,
): FollowingAnswer {
  const startedAt = now();
  let pausedAt: number | undefined;
  let pausedMs = 0;
  const elapsedMs = (): number => (pausedAt ?? now()) - startedAt - pausedMs;
  let state: 'recording' | 'ended' | 'cancelled' = 'recording';

  const paused = (): boolean => pausedAt !== undefined;
  let name = '';

  const live: Promise<LiveRecognition | undefined> = liveEngine
    .then((found) => {
      if (found?.engine.listen === undefined || state !== 'recording') return undefined;
      if (elapsedMs() > latestListenStartMs) return undefined;
      name = found.name;
      return found.engine.listen(microphone.copyTrack(), { language, elapsedMs, paused, heardSpeech });
    })
    .catch(() => undefined);

  let settle!: (words: Promise<readonly RecognisedWord[] | undefined>) => void;
  const words = new Promise<readonly RecognisedWord[] | undefined>((resolve) => {
    settle = resolve;
  });

  const pause = (): void => {
    pausedAt ??= now();
  };

  const keep = async (
    recognition: LiveRecognition,
    answerId: Promise<string>,
    endedAt: number,
  ): Promise<readonly RecognisedWord[] | undefined> => {
    const result = await recognition.stop();
    if (!result.ok) return undefined;
    // Nothing heard: no transcript is kept, so the review says the recording held no speech, or transcribes
    // it, as it would have without a live engine.
    if (result.words.length === 0) return [];
    await saveTranscript(
      {
        answerId: await answerId,
        sessionId,
        language,
        words: result.words,
        model: name,
        // For a live transcript: how long after the answer's end its words were ready.
        tookMs: Math.round(now() - endedAt),
        createdAt: Date.now(),
      },
      database,
    );
    return result.words;
  };

  return {
    words,
    pause,
    resume() {
      if (pausedAt === undefined) return;
      pausedMs += now() - pausedAt;
      pausedAt = undefined;
    },
    end(answerId) {
      if (state !== 'recording') return;
      state = 'ended';
      const endedAt = now();
      // The answer's clock stops with it: what the recogniser still gives belongs to its end.
      pause();
      settle(
        live
          .then((recognition) =>
            recognition === undefined ? undefined : keep(recognition, answerId, endedAt),
          )
          .catch(() => undefined),
      );
    },
    cancel() {
      if (state !== 'recording') return;
      state = 'cancelled';
      void live.then((recognition) => recognition?.cancel());
      settle(Promise.resolve(undefined));
    },
  };
}
