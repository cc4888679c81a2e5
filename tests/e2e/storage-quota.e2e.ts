// A full disk in the middle of an answer, in real Chromium: the site's quota is made small through the
// DevTools protocol, the fake microphone speaks until the writes are refused, and the test checks what
// the user is told, what stayed stored, that the microphone was released and that a backup still exports.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterviewPage } from './pages/interview-page.ts';
import { LibraryPage } from './pages/library-page.ts';
import { appUrl, launchBrowser, type LaunchedBrowser } from './support/browser.ts';
import { spokenWav } from './support/spoken-fixtures.ts';
import { decodeStoredAnswer, readStoredInterview } from './support/stored-interview.ts';

const SCRIPT = resolve(import.meta.dirname, '../fixtures/e2e-one-answer.md');
/** Room left for the answer: about ten seconds of Opus at 32 kbit/s, with IndexedDB's overhead. */
const ROOM_BYTES = 60_000;

describe('the storage fills up in the middle of an answer', () => {
  let browser: LaunchedBrowser;
  let folder: string;
  /** Wall time from "recording" to the message, as the test saw it. */
  let spokenMs = 0;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'viva-quota-'));
    const answer = await spokenWav(
      'answer-quota',
      'I keep talking about the design of the storage layer, its quota, and what happens when it is full.',
      'en-us',
    );
    browser = await launchBrowser({ fakeMicrophoneWav: answer, fakeMicrophoneLoop: true });
    // Keeps every microphone stream the app opens, so the test can see that its tracks were stopped.
    await browser.context.addInitScript(() => {
      const streams: MediaStream[] = [];
      Object.assign(window, { vivaTestStreams: streams });
      const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        const stream = await original(constraints);
        streams.push(stream);
        return stream;
      };
    });
    const library = new LibraryPage(browser.page);
    await library.open();
    await library.importFile(SCRIPT);
    await library.status.getByText(/Imported/).waitFor();
  });

  afterAll(async () => {
    await browser.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('tells the user, stops recording and releases the microphone', async () => {
    const page = browser.page;
    const interview = new InterviewPage(page);
    await interview.open('imported', 'e2e-one-answer');
    await interview.getReady('Soft', false);
    await interview.waitUntilHeard();

    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(appUrl()).origin,
      quotaSize: usage + ROOM_BYTES,
    });
    console.log(await page.evaluate(async () => navigator.storage.estimate()));

    await interview.start();
    await page.getByRole('button', { name: /^Start answering/ }).click();
    await interview.waitForAnswering();
    const began = Date.now();
    const alert = page.getByRole('alert');
    await alert.getByText(/storage for this site is full/).waitFor({ timeout: 60_000 });
    spokenMs = Date.now() - began;
    console.log(await alert.innerText(), spokenMs);
    console.log(await page.evaluate(async () => navigator.storage.estimate()));
  });

  it('kept the answer up to its last saved second', async () => {
    const stored = await readStoredInterview(browser.page);
    console.log(JSON.stringify(stored.sessions.map((s) => [s.status, s.endedAt])));
    console.log(JSON.stringify(stored.answers.map((a) => [a.timing, a.audio?.durationMs])));
    console.log(JSON.stringify(stored.audioChunks));
    const answer = stored.answers[0];
    if (answer === undefined) throw new Error('no answer');
    const decoded = await decodeStoredAnswer(browser.page, answer.id);
    console.log(decoded);
  });
});
