import { chooseVoice } from './choose-voice.ts';
import type {
  Speech,
  SpeechFailure,
  SpeechHandle,
  SpeechListener,
  SpeechOptions,
  VoiceInfo,
} from './speech.ts';

/** One English, one German and one Russian on-device voice. */
export const fakeVoices: readonly VoiceInfo[] = [
  { id: 'fake-en-US', name: 'Fake English (America)', lang: 'en-US', local: true },
  { id: 'fake-de-DE', name: 'Fake German', lang: 'de-DE', local: true },
  { id: 'fake-ru-RU', name: 'Fake Russian', lang: 'ru-RU', local: true },
];

/** A text the fake is speaking. */
export interface FakeUtterance {
  readonly text: string;
  readonly options: SpeechOptions;
  /** The voice chosen for it, as the browser adapter would choose. */
  readonly voice: VoiceInfo;
  /** Whether `start()` has been called for it. */
  readonly started: boolean;
}

interface Entry {
  readonly text: string;
  readonly options: SpeechOptions;
  readonly listener: SpeechListener;
  readonly voice: VoiceInfo | undefined;
  started: boolean;
}

function hasVoice(entry: Entry): entry is Entry & { readonly voice: VoiceInfo } {
  return entry.voice !== undefined;
}

/**
 * Speech for unit tests, where the test plays the engine: `speak` only records the text, and the test then
 * calls `start()`, `end()`, `fail()` or `finish()` to fire the listener, at once. As in the browser, no
 * listener call ever happens inside `speak` itself: a text with no voice for its language fails with
 * 'no-voice' in a microtask (`await Promise.resolve()` lets it happen). As in the browser adapter, a new
 * `speak` silently replaces the text still being spoken, and a cancelled text hears nothing more.
 */
export class FakeSpeech implements Speech {
  /** Every `speak` call, in order, including cancelled and failed ones. */
  readonly spoken: { readonly text: string; readonly options: SpeechOptions }[] = [];
  /** How many texts were cancelled before they ended or failed; cancelling twice counts once. */
  cancelled = 0;

  private voiceList: readonly VoiceInfo[];
  private active: Entry | undefined;
  private readonly voiceListeners = new Set<() => void>();

  constructor({ voices = fakeVoices }: { readonly voices?: readonly VoiceInfo[] } = {}) {
    this.voiceList = voices;
  }

  /** The engine's voices change, as when a slow engine brings its voices late: subscribers are told. */
  changeVoices(voices: readonly VoiceInfo[]): void {
    this.voiceList = voices;
    for (const listener of [...this.voiceListeners]) listener();
  }

  /** The text being spoken, or undefined when none is (never one that is failing for lack of a voice). */
  get current(): FakeUtterance | undefined {
    const entry = this.active;
    if (entry?.voice === undefined) return undefined;
    return { text: entry.text, options: entry.options, voice: entry.voice, started: entry.started };
  }

  voices(): Promise<readonly VoiceInfo[]> {
    return Promise.resolve(this.voiceList);
  }

  onVoicesChanged(listener: () => void): () => void {
    this.voiceListeners.add(listener);
    return () => {
      this.voiceListeners.delete(listener);
    };
  }

  speak(text: string, options: SpeechOptions, listener: SpeechListener): SpeechHandle {
    this.spoken.push({ text, options });
    const voice = chooseVoice(this.voiceList, options.lang, options.voiceId);
    const entry: Entry = { text, options, listener, voice, started: false };
    this.active = entry;
    if (voice === undefined) {
      queueMicrotask(() => {
        if (this.active === entry) this.settle().failed('no-voice');
      });
    }
    return {
      cancel: () => {
        if (this.active !== entry) return;
        this.active = undefined;
        this.cancelled += 1;
      },
    };
  }

  /** The engine starts speaking the current text: `started` with its voice. */
  start(): void {
    const entry = this.speaking('start');
    if (entry.started) throw new Error('FakeSpeech.start(): the current text has already started');
    entry.started = true;
    entry.listener.started(entry.voice);
  }

  /** The engine finished the current text: `ended`. */
  end(): void {
    if (!this.speaking('end').started) {
      throw new Error('FakeSpeech.end(): the current text has not started; call start() first, or finish()');
    }
    this.settle().ended();
  }

  /** The engine gave up on the current text, started or not: `failed` with `reason`. */
  fail(reason: SpeechFailure = 'synthesis-failed'): void {
    this.speaking('fail');
    this.settle().failed(reason);
  }

  /** Speaks the current text to its end: `started` unless already, then `ended`. */
  finish(): void {
    if (!this.speaking('finish').started) this.start();
    this.end();
  }

  private speaking(method: string): Entry & { readonly voice: VoiceInfo } {
    const entry = this.active;
    if (entry === undefined || !hasVoice(entry))
      throw new Error(`FakeSpeech.${method}(): nothing is being spoken`);
    return entry;
  }

  // The text is over before its listener hears so, since a listener may speak the next text right away.
  private settle(): SpeechListener {
    const entry = this.active;
    if (entry === undefined) throw new Error('FakeSpeech: nothing is being spoken');
    this.active = undefined;
    return entry.listener;
  }
}
