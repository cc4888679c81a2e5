// What the page asked speechSynthesis to say, seen from outside the app: which text, in which voice and
// language, and when it was asked for, started, ended or failed.
import type { Page } from 'playwright-core';

/** One speechSynthesis.speak() call. Times are milliseconds since the epoch (timeOrigin + performance.now()). */
export interface SpokenUtterance {
  readonly text: string;
  /** utterance.lang as it was when speak() was called; '' when the page set none. */
  readonly lang: string;
  /** utterance.voice when speak() was called; null leaves the choice to the engine. */
  readonly voiceName: string | null;
  readonly voiceLang: string | null;
  /** utterance.rate when speak() was called (1 is normal). */
  readonly rate: number;
  readonly speakAt: number;
  readonly startAt: number | null;
  readonly endAt: number | null;
  readonly errorAt: number | null;
  /** The error event's `error`, such as 'interrupted' after cancel() or 'synthesis-failed'. */
  readonly error: string | null;
}

// Unlikely to clash with anything the app or a library puts on window.
const LOG_KEY = '__vivaE2eSpokenUtterances';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function installSpeechLog(logKey: string): void {
  const log: Mutable<SpokenUtterance>[] = [];
  Object.defineProperty(window, logKey, { value: log });
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  const now = () => performance.timeOrigin + performance.now();
  speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
    const entry: Mutable<SpokenUtterance> = {
      text: utterance.text,
      lang: utterance.lang,
      voiceName: utterance.voice?.name ?? null,
      voiceLang: utterance.voice?.lang ?? null,
      rate: utterance.rate,
      speakAt: now(),
      startAt: null,
      endAt: null,
      errorAt: null,
      error: null,
    };
    log.push(entry);
    // Listeners, not the on… properties, which belong to the app. The log keeps no reference to the
    // utterance, so an app that lets its utterance be collected (and lose its end event) still does.
    // The event's own timeStamp, not the time this listener runs: the app's handler runs first and may
    // take a while (it starts the recorder), which would hide its own latency.
    const when = (event: Event) => performance.timeOrigin + event.timeStamp;
    utterance.addEventListener('start', (event) => {
      entry.startAt = when(event);
    });
    utterance.addEventListener('end', (event) => {
      entry.endAt = when(event);
    });
    utterance.addEventListener('error', (event) => {
      entry.errorAt = when(event);
      entry.error = event.error;
    });
    speak(utterance);
  };
}

/** Logs every speechSynthesis.speak() of the page from its next navigation on; call before opening the app. */
export async function recordSpeech(page: Page): Promise<void> {
  await page.addInitScript(installSpeechLog, LOG_KEY);
}

/** The utterances the page has asked to speak so far, in order, with what has happened to each. */
export async function spokenUtterances(page: Page): Promise<SpokenUtterance[]> {
  return page.evaluate((logKey) => {
    const log = (window as unknown as Record<string, SpokenUtterance[] | undefined>)[logKey];
    if (log === undefined)
      throw new Error('No speech log on this page: call recordSpeech() before opening it.');
    return log;
  }, LOG_KEY);
}

/**
 * The same log as expressions to evaluate in a page, for drivers other than Playwright: install it once the
 * app is open (the app keeps its page), then read it.
 */
export const speechLogExpressions = {
  install: `(${installSpeechLog.toString()})(${JSON.stringify(LOG_KEY)})`,
  read: `window[${JSON.stringify(LOG_KEY)}]`,
};
