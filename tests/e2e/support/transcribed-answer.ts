// An answer spoken by the fake microphone and transcribed on the device, as the review shows it: what the
// transcription and answer-analysis tests start from.
import { resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { InterviewPage } from '../pages/interview-page.ts';
import { LibraryPage } from '../pages/library-page.ts';
import { ReviewPage } from '../pages/review-page.ts';
import { SettingsPage } from '../pages/settings-page.ts';
import { launchBrowser, type LaunchedBrowser } from './browser.ts';
import { spokenWav } from './spoken-fixtures.ts';

/** Whisper base in WebAssembly on two shared cores: about a minute for a few seconds of speech here. */
export const TRANSCRIPTION_TIMEOUT = 480_000;

/** What the fake microphone says: espeak-ng's voice and the text, and whether it repeats. */
export interface SpokenAnswer {
  /** A name for the cached WAV file. */
  readonly name: string;
  readonly voice: string;
  readonly spoken: string;
  readonly loop: boolean;
}

/**
 * One answer per language, as the transcript tests have the fake microphone say it: the script to import
 * (its opening is the answer), the sentence espeak-ng says, and its voice.
 */
export const answersByLanguage = {
  en: {
    script: 'e2e-one-answer',
    voice: 'en-us',
    spoken: 'I would start with the requirements, and then draw the simplest design that works.',
  },
  de: {
    script: 'e2e-one-answer-de',
    voice: 'de',
    spoken: 'Ich würde mit den Anforderungen beginnen und dann den einfachsten Entwurf zeichnen.',
  },
  ru: {
    script: 'e2e-one-answer-ru',
    voice: 'ru',
    spoken: 'Сначала я уточню требования, а потом нарисую самую простую схему.',
  },
} as const;

/** The answer's language as the tests name it: en, de or ru. */
export type AnswerLanguage = keyof typeof answersByLanguage;

/** A browser whose microphone says the language's sentence over and over, with its script imported. */
export function browserSayingIn(language: AnswerLanguage): Promise<LaunchedBrowser> {
  const { script, voice, spoken } = answersByLanguage[language];
  return browserSaying({ name: `answer-transcript-${language}`, voice, spoken, loop: true }, script);
}

/**
 * A browser whose microphone says the answer, with a script from tests/fixtures imported; on a profile
 * folder of its own when given one (to be killed and started again on it).
 */
export async function browserSaying(
  answer: SpokenAnswer,
  script: string,
  userDataDir?: string,
): Promise<LaunchedBrowser> {
  const wav = await spokenWav(answer.name, answer.spoken, answer.voice);
  const browser = await launchBrowser({
    fakeMicrophoneWav: wav,
    fakeMicrophoneLoop: answer.loop,
    // The browser-wide network log needs a throwaway profile; a profile folder gets the page's own log.
    ...(userDataDir === undefined ? { logNetwork: true } : { userDataDir }),
  });
  const library = new LibraryPage(browser.page);
  await library.open();
  await library.importFile(resolve(import.meta.dirname, `../../fixtures/${script}.md`));
  await library.status.getByText(/Imported/).waitFor();
  return browser;
}

export interface Transcribed {
  readonly review: ReviewPage;
  readonly answer: Locator;
  readonly words: Locator;
  readonly text: string;
}

/**
 * Chooses the model in Settings, goes through the script's turns (see InterviewPage.answerTurns) and opens
 * the review, where transcription starts.
 */
export async function answerAndReview(
  browser: LaunchedBrowser,
  model: string,
  script: string,
  turns: readonly (number | 'skip')[],
  heard = true,
): Promise<ReviewPage> {
  const settings = new SettingsPage(browser.page);
  await settings.open();
  await settings.storeSpeechModel(model);
  return answerAndOpenReview(browser, script, turns, heard);
}

/**
 * Goes through the script's turns (see InterviewPage.answerTurns) with speech off and opens the review;
 * `heard`: the microphone check hears the fake microphone first (not when it is silent).
 */
export async function answerAndOpenReview(
  browser: LaunchedBrowser,
  script: string,
  turns: readonly (number | 'skip')[],
  heard = true,
): Promise<ReviewPage> {
  const interview = new InterviewPage(browser.page);
  await interview.open('imported', script);
  await interview.getReady('Soft', false);
  if (heard) await interview.waitUntilHeard();
  await interview.start();
  await interview.answerTurns(turns);
  await browser.page.getByRole('link', { name: 'Review and assess your answers' }).click();

  const review = new ReviewPage(browser.page);
  await review.waitForReview();
  return review;
}

/**
 * Clicks a transcript's last word, which was said between `fromSecond` and `toSecond` by its title, and
 * checks that the replay moved there and marks it as the word being played.
 */
export async function expectLastWordSeeks(
  review: ReviewPage,
  answer: Locator,
  words: Locator,
  [fromSecond, toSecond]: readonly [number, number],
): Promise<void> {
  const last = words.last();
  const [, minutes = '0', seconds = '0'] =
    /Go to (\d+):(\d\d)/.exec((await last.getAttribute('title')) ?? '') ?? [];
  const lastSecond = Number(minutes) * 60 + Number(seconds);
  expect(lastSecond).toBeGreaterThanOrEqual(fromSecond);
  expect(lastSecond).toBeLessThanOrEqual(toSecond);
  expect(await review.position(answer)).toMatch(/^0:00 \//);
  await last.click();
  await expect
    .poll(() => review.position(answer))
    .toMatch(new RegExp(`^0:${String(lastSecond).padStart(2, '0')} /`));
  await expect.poll(() => last.getAttribute('aria-current')).toBe('true');
}

/** Waits for the transcript of the answer under `heading` in an open review, and reads it. */
export async function waitForTranscript(
  review: ReviewPage,
  heading: RegExp,
  label: string,
): Promise<Transcribed> {
  const answer = review.answer(heading);
  const transcript = review.transcript(answer);
  const started = Date.now();
  // Waits for the outcome, whichever it is, so that a failure shows the app's own message.
  await expect
    .poll(() => transcript.innerText(), { timeout: TRANSCRIPTION_TIMEOUT, interval: 2_000 })
    .toMatch(/Made on this device|could not|stopped|No words/);
  expect(await transcript.innerText()).toMatch(/Made on this device by ggml-base-q8_0\.bin/);
  const words = review.transcriptWords(answer);
  const text = (await words.allInnerTexts()).join(' ');
  console.log(`${label}: transcript after ${((Date.now() - started) / 1000).toFixed(1)} s: ${text}`);
  return { review, answer, words, text };
}

/** Answers the script's turns, opens the review and waits for the transcript of the answer under `heading`. */
export async function transcribeTurn(
  browser: LaunchedBrowser,
  model: string,
  script: string,
  turns: readonly (number | 'skip')[],
  heading: RegExp,
): Promise<Transcribed> {
  return waitForTranscript(await answerAndReview(browser, model, script, turns), heading, script);
}
