// Storage faults in real Chromium: the site's quota filling up in the middle of an answer (a small quota
// set through the DevTools protocol), IndexedDB that cannot be opened at all, and another tab that
// upgrades the database (or holds it at an older version). Each time the test checks what the user is
// told, that the microphone was released, and what stayed stored.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterviewPage } from './pages/interview-page.ts';
import { LibraryPage } from './pages/library-page.ts';
import { accessibilityViolations } from './support/axe.ts';
import {
  appUrl,
  expectNoPageErrors,
  launchBrowser,
  openApp,
  type LaunchedBrowser,
} from './support/browser.ts';
import { captureMicrophoneStreams, microphoneTracks } from './support/microphone-control.ts';
import { spokenWav } from './support/spoken-fixtures.ts';
import { decodeStoredAnswer, readStoredInterview, type StoredInterview } from './support/stored-interview.ts';

const SCRIPT = resolve(import.meta.dirname, '../fixtures/e2e-one-answer.md');
/** Room left for the answer when the quota is set: several seconds of Opus at 32 kbit/s and IndexedDB's overhead. */
const ROOM_BYTES = 60_000;

const answerWav = () =>
  spokenWav(
    'answer-storage',
    'I keep talking about the design of the storage layer, its quota, and what happens when it is full.',
    'en-us',
  );

/** Follows a link inside the app, as a click would (going to a URL that differs only in its hash gives no response to check). */
async function visit(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    location.hash = target;
  }, hash);
}

/** Imports the one-answer script, goes through the microphone check and starts answering the opening. */
async function startAnswering(page: Page): Promise<InterviewPage> {
  const library = new LibraryPage(page);
  await library.open();
  await library.importFile(SCRIPT);
  await library.status.getByText(/Imported/).waitFor();
  const interview = new InterviewPage(page);
  await interview.open('imported', 'e2e-one-answer');
  await interview.getReady('Soft', false);
  await interview.waitUntilHeard();
  return interview;
}

/** The one answer stored, its chunks, and its audio decoded; checks the chunks run 0, 1, 2, … without a gap. */
async function storedAnswer(page: Page) {
  const stored: StoredInterview = await readStoredInterview(page);
  expect(stored.answers).toHaveLength(1);
  const answer = stored.answers[0];
  if (answer === undefined) throw new Error('No answer was stored.');
  const chunks = stored.audioChunks.filter((chunk) => chunk.answerId === answer.id);
  expect(chunks.map((chunk) => chunk.seq)).toEqual(chunks.map((_, seq) => seq));
  const storedMs = chunks.at(-1)?.durationMs ?? 0;
  const decoded = await decodeStoredAnswer(page, answer.id);
  return { stored, answer, chunks, storedMs, decoded };
}

describe('the storage fills up in the middle of an answer', () => {
  let browser: LaunchedBrowser;
  let folder: string;
  /** Wall time from "being recorded" to the message, as the test saw it. */
  let spokenMs = 0;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'viva-quota-'));
    browser = await launchBrowser({ fakeMicrophoneWav: await answerWav(), fakeMicrophoneLoop: true });
    await captureMicrophoneStreams(browser.context);
  });

  afterAll(async () => {
    await browser.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('tells the user what happened and what to do, stops recording and releases the microphone', async () => {
    const page = browser.page;
    const interview = await startAnswering(page);

    // Starting asked the browser to keep the recordings; the page says what it answered.
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    console.log(`persistent storage after starting: ${persisted ? 'granted' : 'not granted'}`);
    await page
      .getByRole('status')
      .getByText(persisted ? /protected from automatic clean-up/ : /may clear your recordings/)
      .waitFor();

    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(appUrl()).origin,
      quotaSize: usage + ROOM_BYTES,
    });

    await interview.start();
    await page.getByRole('button', { name: /^Start answering/ }).click();
    await interview.waitForAnswering();
    const began = Date.now();
    const alert = page.getByRole('alert');
    await alert.getByText(/storage for this site is full/).waitFor({ timeout: 90_000 });
    spokenMs = Date.now() - began;

    expect(await alert.innerText()).toMatch(
      /up to its last saved second[\s\S]*export a backup[\s\S]*delete old interviews in History[\s\S]*free disk space/,
    );
    await page.getByRole('heading', { level: 1, name: 'The interview stopped' }).waitFor();
    await expect.poll(() => microphoneTracks(page)).toEqual({ opened: 1, live: 0 });
    expect(await page.getByText('Your answer is being recorded').count()).toBe(0);
    expectNoPageErrors(page);
  });

  it('kept the answer up to its last saved second: it decodes to that length and is not silent', async () => {
    const { stored, chunks, storedMs, decoded } = await storedAnswer(browser.page);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    expect(Math.abs(decoded.durationSeconds * 1000 - storedMs)).toBeLessThan(300);
    expect(decoded.rms).toBeGreaterThan(0.01);
    // Every chunk kept its peaks, since no summary could be stored: the waveform draws without one.
    expect(chunks.every((chunk) => chunk.peaksLength > 0)).toBe(true);
    // The session could not be marked interrupted while the disk stayed full: it stays "not finished".
    expect(['interrupted', 'in-progress']).toContain(stored.sessions[0]?.status);
    const lostMs = spokenMs - storedMs;
    console.log(
      `quota exceeded: spoke ${(spokenMs / 1000).toFixed(1)} s, stored ${(storedMs / 1000).toFixed(1)} s ` +
        `(${chunks.length} chunks), lost ${(lostMs / 1000).toFixed(1)} s; session ${stored.sessions[0]?.status}`,
    );
    // At most about a second, plus the time the message took to appear to the test.
    expect(lostMs).toBeLessThan(3_000);
  });

  it('still lists the interview in History and exports it, with the stored audio, while the disk is full', async () => {
    const page = browser.page;
    const { answer, chunks } = await storedAnswer(page);
    await visit(page, '#/history');
    await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    await page.getByText('One answer to review').first().waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all interviews' }).click();
    const file = join(folder, (await download).suggestedFilename());
    await (await download).saveAs(file);
    const entries = unzipSync(new Uint8Array(await readFile(file)));
    const audio = entries[`audio/${answer.id}.webm`];
    expect(audio?.byteLength).toBe(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
    expect(new TextDecoder().decode(entries['viva-backup.json'])).toContain(answer.id);
    expectNoPageErrors(page);
  });
});

describe('IndexedDB cannot be opened', () => {
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    browser = await launchBrowser({ fakeMicrophoneWav: await answerWav() });
    await captureMicrophoneStreams(browser.context);
    // Simulates the browsers that refuse IndexedDB: Firefox's private windows before version 115 threw
    // InvalidStateError from indexedDB.open, and some embedded browsers behave the same.
    await browser.context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      };
    });
  });

  afterAll(async () => {
    await browser.close();
  });

  it('says so once on every page, lists the built-in scripts, and never starts an interview', async () => {
    const page = browser.page;
    const library = new LibraryPage(page);
    await library.open();
    const notice = page.getByRole('alert');
    await notice.getByText('This browser window does not let Viva save anything.').waitFor();
    expect(await notice.innerText()).toMatch(/interviews cannot start[\s\S]*normal window/);
    expect(await library.cards.count()).toBeGreaterThan(5);
    expect(await accessibilityViolations(page)).toEqual([]);

    for (const hash of ['#/interview/builtin/technical-deep-dive-async-await', '#/history', '#/settings']) {
      await visit(page, hash);
      await notice.getByText('This browser window does not let Viva save anything.').waitFor();
      expect(await notice.count()).toBe(1);
    }
    // Opened afresh too, not only followed from the library.
    await page.reload();
    await notice.waitFor();
    expect(await page.getByRole('heading', { level: 1, name: /^Get ready/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Continue to the microphone check|Start/ }).count()).toBe(
      0,
    );
    expect(await microphoneTracks(page)).toEqual({ opened: 0, live: 0 });
    expectNoPageErrors(page);
  });
});

describe('another tab opens the database at a newer version', () => {
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    browser = await launchBrowser({ fakeMicrophoneWav: await answerWav(), fakeMicrophoneLoop: true });
    await captureMicrophoneStreams(browser.context);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('stops the interview, lets the upgrade finish, and says to reload', async () => {
    const page = browser.page;
    const interview = await startAnswering(page);
    await interview.start();
    await page.getByRole('button', { name: /^Start answering/ }).click();
    await interview.waitForAnswering();
    const began = Date.now();
    await page.waitForTimeout(3_500);

    // Tab B: a newer Viva, played by plain IndexedDB on a page of the same origin that runs no app code;
    // far above the app's own version (Dexie's version n is IndexedDB's 10n), so schema changes keep it newer.
    const other = await browser.context.newPage();
    await other.goto(appUrl('/favicon.svg'));
    const upgradedAt = Date.now();
    const version = await other.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('viva', 1_000);
          request.onsuccess = () => {
            resolve(request.result.version);
            request.result.close();
          };
          request.onerror = () => {
            reject(new Error(String(request.error)));
          };
          request.onblocked = () => {
            reject(new Error('The upgrade was blocked by the app'));
          };
        }),
    );
    expect(version).toBe(1_000);

    const notice = page.getByRole('alert').filter({ hasText: 'Viva was updated in another tab' });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(
      /Reload this page to continue[\s\S]*kept up to\s+its last saved second/,
    );
    await notice.getByRole('button', { name: 'Reload' }).waitFor();
    await expect.poll(() => microphoneTracks(page)).toEqual({ opened: 1, live: 0 });

    const { chunks, storedMs, decoded } = await storedAnswer(other);
    const spokenMs = upgradedAt - began;
    console.log(
      `versionchange: spoke ${(spokenMs / 1000).toFixed(1)} s before the other tab upgraded, stored ` +
        `${(storedMs / 1000).toFixed(1)} s (${chunks.length} chunks), lost ${((spokenMs - storedMs) / 1000).toFixed(1)} s`,
    );
    expect(decoded.rms).toBeGreaterThan(0.01);
    expect(Math.abs(decoded.durationSeconds * 1000 - storedMs)).toBeLessThan(300);
    expect(spokenMs - storedMs).toBeLessThan(2_500);
    expectNoPageErrors(page);
  });
});

describe('an older tab holds the database while the app upgrades it', () => {
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('shows that it waits instead of hanging, and goes on once the other tab lets go', async () => {
    // Tab B: an older Viva holding version 2 (IndexedDB version 20) open, deaf to versionchange.
    const older = browser.page;
    await older.goto(appUrl('/favicon.svg'));
    await older.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('viva', 20);
          request.onsuccess = () => {
            Object.assign(window, { heldDatabase: request.result });
            resolve();
          };
          request.onerror = () => {
            reject(new Error(String(request.error)));
          };
        }),
    );

    const page = await browser.context.newPage();
    await openApp(page, '/#/history');
    const notice = page.getByRole('alert').filter({ hasText: 'Viva is waiting for another tab.' });
    await notice.waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'History' }).count()).toBe(0);

    await older.evaluate(() => {
      (window as unknown as { heldDatabase: IDBDatabase }).heldDatabase.close();
    });
    await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    expect(await notice.count()).toBe(0);
    expectNoPageErrors(page);
  });

  it('lets another tab delete the database, and says so', async () => {
    const [other, page] = browser.context.pages();
    if (other === undefined || page === undefined) throw new Error('Both tabs should still be open.');
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('viva');
          request.onsuccess = () => {
            resolve();
          };
          request.onerror = () => {
            reject(new Error(String(request.error)));
          };
          request.onblocked = () => {
            reject(new Error('The deletion was blocked by the app'));
          };
        }),
    );
    const notice = page.getByRole('alert').filter({ hasText: 'Your saved data was deleted in another tab.' });
    await notice.getByRole('button', { name: 'Reload' }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'History' }).count()).toBe(0);
    expectNoPageErrors(page);
  });
});
