/** The languages Viva's prompts are written in; an engine may do some of them. */
export type RecognitionLanguage = 'en' | 'de' | 'ru';

/** Which engine made a transcript: the browser's own on-device recogniser or Whisper in WebAssembly. */
export type RecognitionEngineId = 'browser' | 'whisper';

/**
 * Whether an engine can transcribe a language on this device right now.
 * 'ready': it can; 'installable': after `install` (a download the browser or the user makes once);
 * 'unavailable': not here (no API, no model, or the language is not offered).
 */
export type RecognitionAvailability = 'ready' | 'installable' | 'unavailable';

/** One recognised word, timed from the start of the answer. */
export interface RecognisedWord {
  readonly text: string;
  readonly startMs: number;
  readonly endMs: number;
  /** 0–1, the engine's own confidence; engines that give none say 1. */
  readonly confidence: number;
}

/** Why a transcription did not finish. 'cancelled' follows `signal` only. */
export type RecognitionFailure = 'unavailable' | 'no-speech' | 'engine-failed' | 'cancelled';

/** What an engine made of one answer's audio. */
export type RecognitionResult =
  | { readonly ok: true; readonly words: readonly RecognisedWord[] }
  | { readonly ok: false; readonly reason: RecognitionFailure; readonly detail?: string };

export interface TranscribeOptions {
  readonly language: RecognitionLanguage;
  /** Called with the share done so far (0–1) while the engine works; engines that cannot tell never call it. */
  readonly onProgress?: (done: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * A speech recogniser that never sends audio or text off the device. Engines that would (the browser's
 * server mode) are not engines here.
 */
export interface RecognitionEngine {
  readonly id: RecognitionEngineId;
  availability(language: RecognitionLanguage): Promise<RecognitionAvailability>;
  /** Makes an 'installable' language ready; resolves whether it now is. */
  install(language: RecognitionLanguage): Promise<boolean>;
  /** Transcribes a recorded answer (WebM/Opus, MP4 or WAV bytes as recorded). */
  transcribe(audio: Blob, options: TranscribeOptions): Promise<RecognitionResult>;
}
