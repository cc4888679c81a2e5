/** A voice the speech engine offers. */
export interface VoiceInfo {
  /** Stable id (the engine's voiceURI), used to remember the user's choice. */
  readonly id: string;
  readonly name: string;
  /** BCP-47 tag such as `de-DE`. */
  readonly lang: string;
  /** On-device voices work offline and do not send text anywhere. */
  readonly local: boolean;
}

/** How one text is spoken. */
export interface SpeechOptions {
  /** BCP-47 tag of the text; the voice is chosen by it, never left to the engine's default. */
  readonly lang: string;
  /** The user's chosen voice for this language; ignored when it does not speak `lang`. */
  readonly voiceId?: string;
  /** 0.5–2, 1 is normal. */
  readonly rate: number;
  /** 0–1. */
  readonly volume: number;
}

/** Why a text could not be spoken. 'no-voice': the engine has no voice for the language. */
export type SpeechFailure = 'unsupported' | 'no-voice' | 'synthesis-failed';

/** What happens to one `speak` call, in this order: started (once), then ended or failed (once). */
export interface SpeechListener {
  started(voice: VoiceInfo): void;
  ended(): void;
  failed(reason: SpeechFailure): void;
}

/** A text being spoken. */
export interface SpeechHandle {
  /** Stops speaking at once; no listener call follows. Safe to call twice or after the end. */
  cancel(): void;
}

/** The speech engine (speechSynthesis in browsers). */
export interface Speech {
  /** The voices, once the engine has loaded them; an empty list when it has none after a timeout. */
  voices(): Promise<readonly VoiceInfo[]>;
  /**
   * Calls `listener` whenever the engine's voices change, for the life of the page (slow engines bring
   * theirs seconds after `voices()` gave up); returns the unsubscribe.
   */
  onVoicesChanged(listener: () => void): () => void;
  /**
   * Speaks `text` (sentence by sentence, since some engines cut long utterances) in a voice for
   * `options.lang`. Never pauses the engine: cancel and speak again instead.
   */
  speak(text: string, options: SpeechOptions, listener: SpeechListener): SpeechHandle;
}
