import type {
  LanguageAvailability,
  LanguagePacks,
  ListenOptions,
  LiveRecognition,
  RecognitionEngine,
  RecognitionLanguage,
  RecognitionResult,
  TranscribeOptions,
} from './recognition.ts';

/**
 * A recognition engine for unit tests: answers each transcription with `answer` in a later task, as the
 * real one does, reporting half-way progress first; an aborted signal settles it as 'cancelled'.
 */
export class FakeRecognition implements RecognitionEngine {
  /** The languages of the transcriptions asked for, in order. */
  readonly asked: string[] = [];
  disposed = false;

  constructor(private readonly answer: (audio: Blob, options: TranscribeOptions) => RecognitionResult) {}

  async transcribe(audio: Blob, options: TranscribeOptions): Promise<RecognitionResult> {
    this.asked.push(options.language);
    await Promise.resolve();
    options.onProgress?.(0.5);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return options.signal?.aborted ? { ok: false, reason: 'cancelled' } : this.answer(audio, options);
  }

  dispose(): void {
    this.disposed = true;
  }
}

/** One answer a FakeLiveRecognition listened to. */
export interface FakeListening {
  readonly track: MediaStreamTrack;
  readonly language: RecognitionLanguage;
  /** Whether the answer is paused, as the listener was told to ask. */
  readonly paused: () => boolean;
  /** The answer's time when it was stopped, by the clock it was given. */
  stoppedAtMs?: number;
  cancelled: boolean;
}

/**
 * An engine that also listens while an answer is recorded, as the browser's recogniser does: stopped, it
 * answers with `heard` of the answer's time then, in a later task; it stops the track it was given.
 */
export class FakeLiveRecognition extends FakeRecognition {
  readonly listened: FakeListening[] = [];

  constructor(
    answer: (audio: Blob, options: TranscribeOptions) => RecognitionResult,
    private readonly heard: (answerMs: number) => RecognitionResult,
  ) {
    super(answer);
  }

  listen(track: MediaStreamTrack, { language, elapsedMs, paused }: ListenOptions): LiveRecognition {
    const listening: FakeListening = { track, language, paused, cancelled: false };
    this.listened.push(listening);
    return {
      stop: async () => {
        const answerMs = elapsedMs();
        listening.stoppedAtMs = answerMs;
        await Promise.resolve();
        track.stop();
        return listening.cancelled ? { ok: false, reason: 'cancelled' } : this.heard(answerMs);
      },
      cancel: () => {
        listening.cancelled = true;
        track.stop();
      },
    };
  }
}

/** Language packs for tests: each language as `availability` says (unavailable when unsaid); installing fails. */
export function fakeLanguagePacks(
  availability: Partial<Record<RecognitionLanguage, LanguageAvailability>> = {},
): LanguagePacks {
  return {
    availability: (language) => Promise.resolve(availability[language] ?? 'unavailable'),
    install: () => Promise.resolve(false),
  };
}
