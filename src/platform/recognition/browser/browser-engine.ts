import type {
  ListenOptions,
  LiveRecognition,
  RecognitionEngine,
  RecognitionResult,
  TranscribeOptions,
} from '../recognition.ts';
import { runRecogniser, type LocalRecogniser } from './recogniser-run.ts';

/** A recorded answer ready to be played, in real time, into a track the recogniser listens to. */
export interface PlayedAudio {
  readonly track: MediaStreamTrack;
  readonly durationMs: number;
  play(): void;
  /** Settles when the audio has played to its end. */
  readonly ended: Promise<void>;
  /** How much of the audio has played. */
  elapsedMs(): number;
  /** Stops playing and frees the audio; nothing happens after. */
  stop(): void;
}

/** How often progress (the share played) is reported. */
const progressEveryMs = 250;

/**
 * The browser's on-device recogniser, on the device only. Live, it listens to a copy of the microphone's
 * track while the answer is recorded; on a stored answer, the recording is played in real time into a track
 * it listens to (never the microphone).
 */
export class BrowserEngine implements RecognitionEngine {
  constructor(
    private readonly createRecogniser: () => LocalRecogniser,
    private readonly prepare: (audio: Blob) => Promise<PlayedAudio>,
  ) {}

  async transcribe(
    audio: Blob,
    { language, onProgress, signal }: TranscribeOptions,
  ): Promise<RecognitionResult> {
    if (signal?.aborted) return { ok: false, reason: 'cancelled' };
    let played: PlayedAudio;
    try {
      played = await this.prepare(audio);
    } catch (error) {
      return { ok: false, reason: 'undecodable', detail: String(error) };
    }
    if (signal?.aborted) {
      played.stop();
      return { ok: false, reason: 'cancelled' };
    }
    const run = runRecogniser(this.createRecogniser(), played.track, {
      language,
      elapsedMs: () => played.elapsedMs(),
      onStart: () => {
        played.play();
        // The audio's end is the answer's end: what the recogniser still holds comes as final results.
        void played.ended.then(() => {
          run.stop();
        });
      },
    });
    const progress = setInterval(() => {
      onProgress?.(played.durationMs > 0 ? Math.min(1, played.elapsedMs() / played.durationMs) : 1);
    }, progressEveryMs);
    const cancel = (): void => {
      run.cancel();
    };
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      return await run.result;
    } finally {
      clearInterval(progress);
      signal?.removeEventListener('abort', cancel);
      played.stop();
    }
  }

  listen(track: MediaStreamTrack, options: ListenOptions): LiveRecognition {
    const run = runRecogniser(this.createRecogniser(), track, options);
    // The track is a copy made for this answer: stopped when the recogniser is done with it.
    void run.result.finally(() => {
      track.stop();
    });
    return {
      stop: () => {
        run.stop();
        return run.result;
      },
      cancel: () => {
        run.cancel();
      },
    };
  }

  dispose(): void {
    // Each transcription frees its own audio and recogniser.
  }
}
