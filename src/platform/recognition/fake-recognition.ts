import type {
  LanguageAvailability,
  LanguagePacks,
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

  constructor(private readonly answer: (audio: Blob, options: TranscribeOptions) => RecognitionResult) {}

  async transcribe(audio: Blob, options: TranscribeOptions): Promise<RecognitionResult> {
    this.asked.push(options.language);
    await Promise.resolve();
    options.onProgress?.(0.5);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return options.signal?.aborted ? { ok: false, reason: 'cancelled' } : this.answer(audio, options);
  }

  dispose(): void {
    // Nothing to free.
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
