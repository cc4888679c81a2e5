// Helpers every end-to-end test uses: launch Debian's Chromium, open the app, and check what the page did.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { startNetworkLog, type NetworkLog } from './network-log.ts';

export interface LaunchOptions {
  /** WAV file the fake microphone plays once (then silence); also grants microphone permission. */
  fakeMicrophoneWav?: string;
  /** Plays fakeMicrophoneWav over and over, so a short spoken answer lasts as long as it is recorded. */
  fakeMicrophoneLoop?: boolean;
  /**
   * With fakeMicrophoneWav, 'prompt' leaves the permission to the browser: headless Chromium refuses the
   * microphone (NotAllowedError) until the test grants it with context.grantPermissions. Default 'granted'.
   */
  microphonePermission?: 'granted' | 'prompt';
  /** No audio input exists: no fake device, and the system's audio (PulseAudio, ALSA) offers none either. */
  noAudioInput?: boolean;
  /** Real speech synthesis: speechSynthesis has voices and speaks in real time, into a silent sink. */
  speech?: boolean;
  /** Profile folder; given, the browser keeps IndexedDB and the rest across a close and relaunch. */
  userDataDir?: string;
  /**
   * Logs every request at the browser (network-log.ts), which sees the ones Playwright's request events
   * miss, such as an AudioWorklet's module; expectRequestsStayOnOrigin then checks those too. Not with
   * userDataDir: a persistent context has no browser to intercept at.
   */
  logNetwork?: boolean;
  /** The server of the app this browser opens (appUrl, openApp); by default the one the global setup starts. */
  baseURL?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  page: Page;
  /** Closes the whole browser; safe to call twice. */
  close: () => Promise<void>;
}

interface PageRecord {
  pageErrors: string[];
  consoleErrors: string[];
  requests: string[];
  cspViolations: string[];
}

// The flags measured in shared/E2E.md; the networking ones stop Chromium from calling Google on a closed network.
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

const records = new WeakMap<Page, PageRecord>();
const networkLogs = new WeakMap<BrowserContext, NetworkLog>();
const baseUrls = new WeakMap<BrowserContext, string>();

function watch(page: Page): void {
  const record: PageRecord = { pageErrors: [], consoleErrors: [], requests: [], cspViolations: [] };
  records.set(page, record);
  page.on('pageerror', (error) => record.pageErrors.push(error.stack ?? String(error)));
  page.on('crash', () => record.pageErrors.push('the page crashed'));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    record.consoleErrors.push(url === '' ? message.text() : `${message.text()} (${url}:${lineNumber})`);
  });
  page.on('request', (request) => record.requests.push(request.url()));
  // WebSockets never show up as requests, yet they leave the machine just the same.
  page.on('websocket', (socket) => record.requests.push(socket.url()));
}

const cspBinding = '__vivaE2eCspViolation';

/**
 * Reports every Content-Security-Policy violation of every page in the context (in shadow roots too: the
 * event is composed). Chromium logs them to the DevTools console, which Playwright's console events miss.
 */
async function watchCspViolations(context: BrowserContext): Promise<void> {
  await context.exposeBinding(cspBinding, ({ page }, violation: string) => {
    records.get(page)?.cspViolations.push(violation);
  });
  await context.addInitScript((binding) => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const where = event.sourceFile === '' ? '' : ` at ${event.sourceFile}:${event.lineNumber}`;
        const sample = event.sample === '' ? '' : ` (${event.sample})`;
        const report = (window as unknown as Record<string, (text: string) => Promise<void>>)[binding];
        void report?.(`${event.effectiveDirective} blocked ${event.blockedURI}${where}${sample}`);
      },
      { capture: true },
    );
  }, cspBinding);
}

function recordOf(page: Page): PageRecord {
  const record = records.get(page);
  if (record === undefined) throw new Error('This page was not opened through launchBrowser().');
  return record;
}

function chromiumArgs(options: LaunchOptions): string[] {
  const args = [...BASE_ARGS];
  if (options.fakeMicrophoneWav !== undefined) {
    const wav = resolve(options.fakeMicrophoneWav);
    // Chromium takes a missing file without complaint and records silence, which hides the mistake.
    if (!existsSync(wav)) throw new Error(`Fake microphone WAV not found: ${wav}`);
    // The fake UI answers every permission request with yes; without it the browser decides.
    if (options.microphonePermission !== 'prompt') args.push('--use-fake-ui-for-media-stream');
    args.push(
      '--use-fake-device-for-media-stream',
      // %noloop: silence after the file ends, instead of the answer repeating forever.
      `--use-file-for-fake-audio-capture=${wav}${options.fakeMicrophoneLoop === true ? '' : '%noloop'}`,
    );
  }
  if (options.noAudioInput === true) args.push('--use-fake-ui-for-media-stream');
  // Without it Chromium has no voice at all and fails every utterance at once.
  if (options.speech === true) args.push('--enable-speech-dispatcher');
  return args;
}

/** Launches headless Chromium with one context and one watched page; with userDataDir the profile persists. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const launch = {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: chromiumArgs(options),
    // Playwright gives the browser `env` instead of this process's environment, not on top of it. The
    // speech-dispatcher that Chromium starts inherits it, and finds the run's PulseAudio through it.
    ...(options.speech === true && { env: { ...process.env, ...inject('speechEnvironment') } }),
    // No PulseAudio to reach and an empty ALSA configuration: whatever the machine has, Chromium finds
    // no audio input, as on a computer without a microphone (measured: getUserMedia → NotFoundError).
    ...(options.noAudioInput === true && {
      env: { ...process.env, PULSE_SERVER: 'unix:/nonexistent/pulse/native', ALSA_CONFIG_PATH: '/dev/null' },
    }),
  };
  let context: BrowserContext;
  let closeBrowser: () => Promise<void>;
  if (options.userDataDir === undefined) {
    const browser = await chromium.launch(launch);
    context = await browser.newContext();
    if (options.logNetwork === true) networkLogs.set(context, await startNetworkLog(browser));
    closeBrowser = () => browser.close();
  } else {
    if (options.logNetwork === true) throw new Error('logNetwork needs a browser without userDataDir.');
    context = await chromium.launchPersistentContext(options.userDataDir, launch);
    closeBrowser = () => context.close();
  }
  if (options.baseURL !== undefined) baseUrls.set(context, options.baseURL);
  await watchCspViolations(context);
  // Pages the app opens itself (popups, new tabs) are watched as well.
  context.on('page', watch);
  // A persistent context starts with a blank page already open; reuse it so both modes look the same.
  const existing = context.pages()[0];
  const page = existing ?? (await context.newPage());
  if (existing !== undefined) watch(existing);
  let closing: Promise<void> | undefined;
  return { context, page, close: () => (closing ??= closeBrowser()) };
}

/** The app's URL for a path such as '/' or '/history', on the server `page`'s browser was launched for. */
export function appUrl(path = '/', page?: Page): string {
  const base = (page && baseUrls.get(page.context())) ?? inject('baseURL');
  return base + (path.startsWith('/') ? path : `/${path}`);
}

/** Navigates to the app at `path` and fails unless the server answered with a success status. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  const url = appUrl(path, page);
  const response = await page.goto(url);
  if (!response?.ok()) {
    const answer = response === null ? 'no response' : `HTTP ${response.status()}`;
    throw new Error(`Opening ${url} failed: ${answer}`);
  }
}

/**
 * Goes to a route of the app (`#/interview/…`): as a link does when the app is open (a URL that differs only
 * in its hash gives no response to check), by opening the app otherwise.
 */
export async function openRoute(page: Page, hash: string): Promise<void> {
  if (page.url().startsWith(appUrl('/', page))) {
    await page.evaluate((target) => {
      location.hash = target;
    }, hash);
  } else await openApp(page, `/${hash}`);
}

/** Uncaught exceptions and crashes seen on the page so far. */
export function pageErrors(page: Page): readonly string[] {
  return recordOf(page).pageErrors;
}

/** console.error messages seen on the page so far (React reports render errors and failed loads here). */
export function consoleErrors(page: Page): readonly string[] {
  return recordOf(page).consoleErrors;
}

/** Every URL the page requested so far (documents, scripts, fetches, WebSockets), in order. */
export function requestedUrls(page: Page): readonly string[] {
  return recordOf(page).requests;
}

/** Content-Security-Policy violations reported on the page so far: what was blocked, and where. */
export function cspViolations(page: Page): readonly string[] {
  return recordOf(page).cspViolations;
}

/** Asserts that the page threw nothing, did not crash, logged no console error and broke no CSP rule. */
export function expectNoPageErrors(page: Page): void {
  expect(pageErrors(page), 'uncaught errors on the page').toEqual([]);
  expect(consoleErrors(page), 'console errors on the page').toEqual([]);
  expect(cspViolations(page), 'Content-Security-Policy violations').toEqual([]);
}

/** Every URL the browser's pages, workers and worklets requested so far (launched with logNetwork), in order. */
export function networkLogUrls(page: Page): readonly string[] {
  const log = networkLogs.get(page.context());
  if (log === undefined) throw new Error('This browser was not launched with logNetwork.');
  return log.urls;
}

/**
 * Asserts that every request the page made went to the app's own origin (data: and blob: URLs are local),
 * and, when the browser was launched with logNetwork, every request the browser sent at all.
 */
export function expectRequestsStayOnOrigin(page: Page): void {
  const origin = new URL(appUrl('/', page)).origin;
  const sent = networkLogs.get(page.context())?.urls ?? [];
  const outside = [...requestedUrls(page), ...sent].filter((url) => {
    const parsed = new URL(url);
    return parsed.protocol !== 'data:' && parsed.protocol !== 'blob:' && parsed.origin !== origin;
  });
  expect(outside, `requests that left ${origin}`).toEqual([]);
}
