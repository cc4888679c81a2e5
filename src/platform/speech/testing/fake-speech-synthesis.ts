// A stand-in for Chromium's speechSynthesis in unit tests, keeping the order measured in Chromium on Linux
// (see E2E.md): no voices until `voiceschanged` about 1.6 s after the page loads, the default voice is
// Afrikaans, `start` about 50 ms after `speak`, `end` later, and `cancel` reporting an `interrupted` error
// asynchronously instead of `end`. Time passes with vi.useFakeTimers().

/** A voice as Chromium reports it. */
export function engineVoice(name: string, lang: string, isDefault = false): SpeechSynthesisVoice {
  return { name, lang, voiceURI: name, localService: true, default: isDefault };
}

/** Chromium's voices in short: the Afrikaans default first, then English, German and Russian. */
export const chromiumVoices: readonly SpeechSynthesisVoice[] = [
  engineVoice('Afrikaans espeak-ng', 'af', true),
  engineVoice('English (America) espeak-ng', 'en-US'),
  engineVoice('English (Great Britain) espeak-ng', 'en-GB'),
  engineVoice('German espeak-ng', 'de-DE'),
  engineVoice('Russian espeak-ng', 'ru-RU'),
];

/** The utterance the adapter creates; install it with vi.stubGlobal('SpeechSynthesisUtterance', …). */
export class FakeSpeechSynthesisUtterance extends EventTarget implements SpeechSynthesisUtterance {
  lang = '';
  pitch = 1;
  rate = 1;
  volume = 1;
  voice: SpeechSynthesisVoice | null = null;
  onstart: SpeechSynthesisUtterance['onstart'] = null;
  onend: SpeechSynthesisUtterance['onend'] = null;
  onerror: SpeechSynthesisUtterance['onerror'] = null;
  onpause: SpeechSynthesisUtterance['onpause'] = null;
  onresume: SpeechSynthesisUtterance['onresume'] = null;
  onmark: SpeechSynthesisUtterance['onmark'] = null;
  onboundary: SpeechSynthesisUtterance['onboundary'] = null;

  constructor(public text = '') {
    super();
  }
}

function speechEvent(type: string, utterance: SpeechSynthesisUtterance): SpeechSynthesisEvent {
  return Object.assign(new Event(type), { utterance, charIndex: 0, charLength: 0, elapsedTime: 0, name: '' });
}

function errorEvent(
  utterance: SpeechSynthesisUtterance,
  error: SpeechSynthesisErrorCode,
): SpeechSynthesisErrorEvent {
  return Object.assign(speechEvent('error', utterance), { error });
}

export interface FakeSpeechSynthesisOptions {
  /** Every voice the engine will have; none by default would be an engine without voices. */
  readonly voices?: readonly SpeechSynthesisVoice[];
  /** When `getVoices()` starts returning the voices. */
  readonly voicesAfterMs?: number;
  /** Whether `voiceschanged` is fired then; some engines never fire it. */
  readonly voicesChangedEvent?: boolean;
  /** From `speak` (or the previous utterance's end) to `start`. */
  readonly startAfterMs?: number;
  /** From `start` to `end`, per utterance. */
  readonly speakingMs?: number;
  /** Whether utterances fire `start`; Chrome's network voices sometimes do not. */
  readonly startEvent?: boolean;
  /**
   * WebKitGTK's ways (measured, see E2E.md): an utterance spoken from inside another's `end` handler
   * starts but never ends, and `end` fires twice.
   */
  readonly webkit?: boolean;
}

/** Chromium's speechSynthesis, driven by fake timers; records what was spoken, cancelled and paused. */
export class FakeSpeechSynthesis extends EventTarget implements SpeechSynthesis {
  onvoiceschanged: SpeechSynthesis['onvoiceschanged'] = null;
  paused = false;
  /** Every utterance given to `speak`, in order. */
  readonly spoken: SpeechSynthesisUtterance[] = [];
  cancelCalls = 0;
  /** `pause()` breaks Chromium's engine (no resume, no end), so tests assert this stays 0. */
  pauseCalls = 0;

  private loaded = false;
  private readonly queue: SpeechSynthesisUtterance[] = [];
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private nextError: SpeechSynthesisErrorCode | undefined;
  private voices: readonly SpeechSynthesisVoice[];
  private readonly startAfterMs: number;
  private readonly speakingMs: number;
  private readonly startEvent: boolean;
  private readonly webkit: boolean;
  /** Utterances spoken from inside an `end` handler, which WebKitGTK never ends. */
  private readonly stalled = new Set<SpeechSynthesisUtterance>();
  private inEndHandler = false;

  constructor({
    voices = chromiumVoices,
    voicesAfterMs = 1600,
    voicesChangedEvent = true,
    startAfterMs = 50,
    speakingMs = 1000,
    startEvent = true,
    webkit = false,
  }: FakeSpeechSynthesisOptions = {}) {
    super();
    this.voices = voices;
    this.startAfterMs = startAfterMs;
    this.speakingMs = speakingMs;
    this.startEvent = startEvent;
    this.webkit = webkit;
    setTimeout(() => {
      this.loaded = true;
      if (voicesChangedEvent) this.dispatchEvent(new Event('voiceschanged'));
    }, voicesAfterMs);
  }

  get speaking(): boolean {
    return this.queue.length > 0;
  }

  get pending(): boolean {
    return this.queue.length > 1;
  }

  /** The engine's list becomes `voices` and it fires `voiceschanged`, as engines that load in steps do. */
  bringVoices(voices: readonly SpeechSynthesisVoice[]): void {
    this.voices = voices;
    this.loaded = true;
    this.dispatchEvent(new Event('voiceschanged'));
  }

  getVoices(): SpeechSynthesisVoice[] {
    return this.loaded ? [...this.voices] : [];
  }

  speak(utterance: SpeechSynthesisUtterance): void {
    this.spoken.push(utterance);
    if (this.webkit && this.inEndHandler) this.stalled.add(utterance);
    this.queue.push(utterance);
    if (this.queue.length === 1) this.play(utterance);
  }

  cancel(): void {
    this.cancelCalls += 1;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    // The utterance being spoken is interrupted, those waiting are cancelled; both are told later.
    this.queue.splice(0).forEach((utterance, position) => {
      setTimeout(() => {
        utterance.onerror?.call(
          utterance,
          errorEvent(utterance, position === 0 ? 'interrupted' : 'canceled'),
        );
      }, 0);
    });
  }

  pause(): void {
    this.pauseCalls += 1;
  }

  resume(): void {
    this.paused = false;
  }

  /** The next utterance fails with `error` instead of starting, as Chromium without a speech server does. */
  failNext(error: SpeechSynthesisErrorCode): void {
    this.nextError = error;
  }

  /** Fires an error on the utterance being spoken, as if the engine broke down mid-sentence. */
  breakDown(error: SpeechSynthesisErrorCode): void {
    const utterance = this.queue[0];
    if (utterance === undefined) throw new Error('FakeSpeechSynthesis.breakDown(): nothing is being spoken');
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.finish(utterance, errorEvent(utterance, error));
  }

  private play(utterance: SpeechSynthesisUtterance): void {
    const error = this.nextError;
    this.nextError = undefined;
    this.after(this.startAfterMs, () => {
      if (error !== undefined) {
        this.finish(utterance, errorEvent(utterance, error));
        return;
      }
      if (this.startEvent) utterance.onstart?.call(utterance, speechEvent('start', utterance));
      if (this.stalled.has(utterance)) return;
      this.after(this.speakingMs, () => {
        this.finish(utterance, speechEvent('end', utterance));
      });
    });
  }

  /** Takes the utterance off the queue, tells it how it ended, and moves on to the next one. */
  private finish(
    utterance: SpeechSynthesisUtterance,
    event: SpeechSynthesisEvent | SpeechSynthesisErrorEvent,
  ): void {
    this.queue.shift();
    // Read before the handlers run: one that speaks into an empty queue has started that utterance itself.
    const next = this.queue[0];
    if ('error' in event) utterance.onerror?.call(utterance, event);
    else this.dispatchEnd(utterance, event);
    if (next !== undefined) this.play(next);
  }

  private dispatchEnd(utterance: SpeechSynthesisUtterance, event: SpeechSynthesisEvent): void {
    this.inEndHandler = true;
    try {
      utterance.onend?.call(utterance, event);
      if (this.webkit) utterance.onend?.call(utterance, event);
    } finally {
      this.inEndHandler = false;
    }
  }

  private after(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }
}
