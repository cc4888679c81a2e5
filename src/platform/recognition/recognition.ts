/** The languages Viva's prompts are written in. */
export type RecognitionLanguage = 'en' | 'de' | 'ru';

/** Every language Viva transcribes, as the search looks a query up in each. */
export const recognitionLanguages: readonly RecognitionLanguage[] = ['en', 'de', 'ru'];

/** Viva's languages as the user reads them. */
export const recognitionLanguageNames: Readonly<Record<RecognitionLanguage, string>> = {
  en: 'English',
  de: 'German',
  ru: 'Russian',
};

/** One recognised word, timed from the start of the answer. */
export interface RecognisedWord {
  readonly text: string;
  readonly startMs: number;
  readonly endMs: number;
  /** 0–1, the engine's own confidence in the word (its least sure token). */
  readonly confidence: number;
}

/**
 * Why a transcription did not finish. 'cancelled' follows the caller's signal only; 'undecodable': the
 * browser could not decode the recording; 'engine-failed': the engine stopped with an error (its text in
 * `detail`).
 */
export type RecognitionFailure = 'undecodable' | 'engine-failed' | 'cancelled';

/** What an engine made of one answer's audio: no words at all is a result too (a silent answer). */
export type RecognitionResult =
  | { readonly ok: true; readonly words: readonly RecognisedWord[] }
  | { readonly ok: false; readonly reason: RecognitionFailure; readonly detail?: string };

export interface TranscribeOptions {
  readonly language: RecognitionLanguage;
  /** Called with the share done so far (0–1) while the engine works. */
  readonly onProgress?: (done: number) => void;
  readonly signal?: AbortSignal;
}

export interface ListenOptions {
  readonly language: RecognitionLanguage;
  /** The answer's time so far, pauses left out: what is heard is timed by it. */
  readonly elapsedMs: () => number;
  /** Whether the answer is paused now: what is heard then is no part of it. */
  readonly paused: () => boolean;
  /**
   * Whether a stretch of the answer holds speech, from its waveform peaks (as RecordedChunk's): an engine
   * that transcribes in stretches (Whisper) leaves out those without, for which it would invent words.
   */
  readonly heardSpeech: (peaks: Int8Array) => boolean;
}

/** An answer recognised while it is recorded. */
export interface LiveRecognition {
  /** The answer has ended: resolves with its words once the recogniser has given what it still held. */
  stop(): Promise<RecognitionResult>;
  /** Not wanted any more: the recogniser stops and nothing is made. */
  cancel(): void;
}

/**
 * A speech recogniser that runs on the device: no audio or text ever leaves it. Engines that would (the
 * browser's server-side recognition) are not engines here.
 */
export interface RecognitionEngine {
  /** Transcribes a recorded answer (the bytes as recorded: WebM/Opus or MP4). One at a time is enough. */
  transcribe(audio: Blob, options: TranscribeOptions): Promise<RecognitionResult>;
  /**
   * Listens to a live copy of what is being recorded, so the words are ready soon after the answer ends:
   * the browser's recogniser as it is spoken, Whisper window by window. The track is the engine's from then
   * on: it stops it when done. Absent on an engine that cannot.
   */
  listen?(track: MediaStreamTrack, options: ListenOptions): LiveRecognition;
  /** Frees the engine's memory (a Whisper model takes hundreds of megabytes); it cannot be used after. */
  dispose(): void;
}

/**
 * Whether an engine can transcribe a language on this device now: 'ready'; 'installable' once its language
 * pack is installed (the browser downloads it once); 'unavailable' here.
 */
export type LanguageAvailability = 'ready' | 'installable' | 'unavailable';

/** An engine whose languages come and go with the device: asked per language, installed on request. */
export interface LanguagePacks {
  availability(language: RecognitionLanguage): Promise<LanguageAvailability>;
  /** Installs a language's pack; false when it could not be (no network, refused): nothing changed then. */
  install(language: RecognitionLanguage): Promise<boolean>;
}

/**
 * The device's recognisers as the app reaches them (built once, in src/app-services.ts): the browser's
 * language packs and its on-device engine, and Whisper started on a model.
 */
export interface Recognisers {
  readonly browserPacks: LanguagePacks;
  readonly startBrowser: () => Promise<RecognitionEngine>;
  /** Loads whisper.cpp and the model in a worker; rejects with a message a person can act on. */
  readonly startWhisper: (model: Blob) => Promise<RecognitionEngine>;
}
