import {
  recognitionLanguageNames,
  type RecognitionEngine,
  type RecognitionLanguage,
  type RecognitionResult,
  type TranscribeOptions,
} from '../recognition.ts';
import {
  browserLanguageTags,
  finalPhrases,
  wordsOfPhrases,
  type HeardPhrase,
  type ResultsEvent,
} from './browser-words.ts';

/** The parts of the browser's SpeechRecognition used here, with Chrome's on-device switch. */
export interface LocalRecogniser {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  maxAlternatives: number;
  /** Chrome's on-device mode: without it the audio would go to the browser maker's servers. */
  processLocally: boolean;
  onstart: (() => void) | null;
  onresult: ((event: ResultsEvent) => void) | null;
  onerror: ((event: { readonly error: string; readonly message?: string }) => void) | null;
  onend: (() => void) | null;
  /** Listens to this track instead of the microphone. */
  start(track: MediaStreamTrack): void;
  stop(): void;
  abort(): void;
}

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
 * How long the recogniser may take to start, or to end once asked to stop, before Viva stops waiting: a
 * recogniser that never answers must not hold the review's queue for ever.
 */
export const recogniserPatienceMs = 10_000;

function failureDetail(error: string, message: string | undefined, language: RecognitionLanguage): string {
  if (error === 'language-not-supported') {
    return `the browser's ${recognitionLanguageNames[language]} language pack (${browserLanguageTags[language]}) is not installed on this device; install it in Settings → Transcripts`;
  }
  return message ? `${error} (${message})` : error;
}

/**
 * The browser's on-device recogniser on a recorded answer: the recording is played in real time into a
 * track the recogniser listens to (never the microphone), in on-device mode only. Its final phrases come
 * without word times; they are estimated from when each phrase arrived.
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
    const recogniser = this.createRecogniser();
    if (signal?.aborted || !('processLocally' in recogniser)) {
      played.stop();
      return signal?.aborted
        ? { ok: false, reason: 'cancelled' }
        : {
            ok: false,
            reason: 'engine-failed',
            detail: 'this browser cannot recognise speech on the device',
          };
    }
    // Set before anything else, on every start: the server mode is never used.
    recogniser.processLocally = true;
    recogniser.lang = browserLanguageTags[language];
    recogniser.continuous = true;
    recogniser.interimResults = false;
    recogniser.maxAlternatives = 1;
    return new Promise<RecognitionResult>((resolve) => {
      const phrases: HeardPhrase[] = [];
      let failure: string | undefined;
      let cancelled = false;
      const progress = setInterval(() => {
        onProgress?.(played.durationMs > 0 ? Math.min(1, played.elapsedMs() / played.durationMs) : 1);
      }, progressEveryMs);
      let patience = setTimeout(() => {
        recogniser.abort();
        finish({ ok: false, reason: 'engine-failed', detail: 'the browser’s recogniser did not start' });
      }, recogniserPatienceMs);
      const cancel = (): void => {
        cancelled = true;
        recogniser.abort();
        played.stop();
      };
      const finish = (result: RecognitionResult): void => {
        clearInterval(progress);
        clearTimeout(patience);
        recogniser.onend = null;
        signal?.removeEventListener('abort', cancel);
        played.stop();
        resolve(result);
      };
      signal?.addEventListener('abort', cancel, { once: true });
      recogniser.onstart = () => {
        clearTimeout(patience);
        played.play();
        // The audio's end is the answer's end: what the recogniser still holds comes as final results.
        void played.ended.then(() => {
          recogniser.stop();
          patience = setTimeout(() => {
            finish({ ok: true, words: wordsOfPhrases(phrases, played.durationMs) });
          }, recogniserPatienceMs);
        });
      };
      recogniser.onresult = (event) => {
        phrases.push(...finalPhrases(event, played.elapsedMs()));
      };
      recogniser.onerror = (event) => {
        // 'no-speech' is a silent answer: no words, not a failure.
        if (event.error !== 'no-speech') failure ??= failureDetail(event.error, event.message, language);
      };
      recogniser.onend = () => {
        if (cancelled) finish({ ok: false, reason: 'cancelled' });
        else if (failure !== undefined) finish({ ok: false, reason: 'engine-failed', detail: failure });
        else finish({ ok: true, words: wordsOfPhrases(phrases, played.durationMs) });
      };
      try {
        recogniser.start(played.track);
      } catch (error) {
        finish({ ok: false, reason: 'engine-failed', detail: String(error) });
      }
    });
  }

  dispose(): void {
    // Each transcription frees its own audio and recogniser.
  }
}
