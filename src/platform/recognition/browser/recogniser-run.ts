import {
  recognitionLanguageNames,
  type RecognitionLanguage,
  type RecognitionResult,
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

/**
 * How long the recogniser may take to start, or to end once asked to stop, before Viva stops waiting: a
 * recogniser that never answers must not hold the review's queue, or the interviewer, for ever.
 */
export const recogniserPatienceMs = 10_000;

/** One recogniser listening to a track until its audio ends. */
export interface RecogniserRun {
  /** Settles once: the words heard, timed by the run's clock, or why there are none. */
  readonly result: Promise<RecognitionResult>;
  /** The audio has ended: what the recogniser still holds comes as final results, then the words. */
  stop(): void;
  /** Not wanted any more: settles as cancelled. */
  cancel(): void;
}

export interface RunOptions {
  readonly language: RecognitionLanguage;
  /** The audio's time so far: each final phrase is stamped with it as it arrives. */
  readonly elapsedMs: () => number;
  /** Called once the recogniser listens (a recording is played from then on). */
  readonly onStart?: () => void;
}

function failureDetail(error: string, message: string | undefined, language: RecognitionLanguage): string {
  if (error === 'language-not-supported') {
    return `the browser's ${recognitionLanguageNames[language]} language pack (${browserLanguageTags[language]}) is not installed on this device; install it in Settings → Transcripts`;
  }
  return message ? `${error} (${message})` : error;
}

/**
 * Starts a recogniser on a track in on-device mode only (a recogniser without that mode is refused, never
 * started). Its final phrases come without word times; they are estimated from when each phrase arrived.
 */
export function runRecogniser(
  recogniser: LocalRecogniser,
  track: MediaStreamTrack,
  { language, elapsedMs, onStart }: RunOptions,
): RecogniserRun {
  if (!('processLocally' in recogniser)) {
    return {
      result: Promise.resolve({
        ok: false,
        reason: 'engine-failed',
        detail: 'this browser cannot recognise speech on the device',
      }),
      stop: () => undefined,
      cancel: () => undefined,
    };
  }
  // Set before anything else, on every start: the server mode is never used.
  recogniser.processLocally = true;
  recogniser.lang = browserLanguageTags[language];
  recogniser.continuous = true;
  recogniser.interimResults = false;
  recogniser.maxAlternatives = 1;

  const phrases: HeardPhrase[] = [];
  let failure: string | undefined;
  let cancelled = false;
  /** The audio's length once it ended: later phrases belong to its end, not to the time they arrived. */
  let endedAtMs: number | undefined;
  let settle!: (result: RecognitionResult) => void;
  const result = new Promise<RecognitionResult>((resolve) => {
    settle = resolve;
  });
  const words = (): RecognitionResult => ({
    ok: true,
    words: wordsOfPhrases(phrases, endedAtMs ?? elapsedMs()),
  });
  let patience = setTimeout(() => {
    recogniser.abort();
    finish({ ok: false, reason: 'engine-failed', detail: 'the browser’s recogniser did not start' });
  }, recogniserPatienceMs);
  const finish = (outcome: RecognitionResult): void => {
    clearTimeout(patience);
    recogniser.onend = null;
    recogniser.onresult = null;
    settle(outcome);
  };
  recogniser.onstart = () => {
    clearTimeout(patience);
    onStart?.();
  };
  recogniser.onresult = (event) => {
    phrases.push(...finalPhrases(event, Math.min(endedAtMs ?? Infinity, elapsedMs())));
  };
  recogniser.onerror = (event) => {
    // 'no-speech' is a silent answer: no words, not a failure.
    if (event.error !== 'no-speech') failure ??= failureDetail(event.error, event.message, language);
  };
  recogniser.onend = () => {
    if (failure !== undefined) finish({ ok: false, reason: 'engine-failed', detail: failure });
    else finish(words());
  };
  try {
    recogniser.start(track);
  } catch (error) {
    finish({ ok: false, reason: 'engine-failed', detail: String(error) });
  }
  return {
    result,
    stop() {
      if (endedAtMs !== undefined || cancelled) return;
      endedAtMs = elapsedMs();
      recogniser.stop();
      clearTimeout(patience);
      patience = setTimeout(() => {
        finish(words());
      }, recogniserPatienceMs);
    },
    cancel() {
      if (cancelled) return;
      cancelled = true;
      recogniser.abort();
      // Settled now, not when the recogniser ends: one that never ends must not hold anyone.
      finish({ ok: false, reason: 'cancelled' });
    },
  };
}
