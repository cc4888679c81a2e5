// Firefox ESR for the end-to-end tests (measured in shared/E2E.md): puppeteer-core drives Debian's
// firefox-esr over WebDriver BiDi (playwright-core cannot drive a stock Firefox). Its microphone is the
// default source of the run's PulseAudio, and its speech plays into that PulseAudio's silent sink.
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { isExecutableFile } from '../../support/executables.ts';
import type { PageDriver } from './page-driver.ts';

const FIREFOX_ESR = '/usr/bin/firefox-esr';

const HOW_TO_GET_FIREFOX = [
  'The Firefox end-to-end tests drive Firefox ESR and are never skipped. To get it, install',
  '  sudo apt-get install -y firefox-esr   (Debian), or point FIREFOX_PATH at a Firefox binary',
].join('\n');

const PREFS = {
  // getUserMedia without a permission prompt, from the real (PulseAudio) device rather than a fake tone.
  'media.navigator.permission.disabled': true,
  'media.navigator.streams.fake': false,
  // Audio plays and Web Audio runs without a user gesture, as in the Chromium tests.
  'media.autoplay.default': 0,
  'media.autoplay.block-webaudio': false,
  // persist() asks the user through a door-hanger that a headless browser never shows: without these the
  // promise never settles. The test answers it as a user who allows.
  'dom.storageManager.prompt.testing': true,
  'dom.storageManager.prompt.testing.allow': true,
};

function firefoxPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.FIREFOX_PATH !== undefined && env.FIREFOX_PATH !== '' ? env.FIREFOX_PATH : FIREFOX_ESR;
  if (!isExecutableFile(path)) throw new Error(`No Firefox at ${path}.\n${HOW_TO_GET_FIREFOX}`);
  return path;
}

function watch(page: Page, errors: string[]): void {
  page.on('pageerror', (error) =>
    errors.push(`uncaught: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  );
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
}

/** Launches headless Firefox ESR with one watched page. */
export async function launchFirefox(): Promise<PageDriver> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // speech-dispatcher (started by Firefox) and Firefox's audio find the run's PulseAudio through these.
    env: { ...process.env, ...inject('speechEnvironment') },
    extraPrefsFirefox: PREFS,
  });
  const errors: string[] = [];
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= browser.close());
  let page: Page;
  try {
    page = (await browser.pages())[0] ?? (await browser.newPage());
  } catch (error) {
    await close();
    throw error;
  }
  watch(page, errors);
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: async <R>(expression: string) => (await page.evaluate(expression)) as R,
    click: (selector) => page.click(selector),
    // Over BiDi a space is pressed as ' ', not by its name 'Space'.
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    setInputFile: async (selector, path) => {
      const input = await page.$(selector);
      if (input === null) throw new Error(`No element for ${selector}`);
      await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
    },
    driverErrors: () => errors,
    close,
  };
}
