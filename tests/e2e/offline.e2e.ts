// Viva installed and offline, in real Chromium. After one visit its service worker holds every file of the
// build; with the server stopped for real, a reload starts the app, and a whole interview runs on code never
// fetched before, is stored and replays. Then a second build is served on the same address: it is announced
// as "Update ready — reload", never on an interview page, refused while another tab runs an interview, and
// once that interview has ended, Reload brings every tab onto it.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build, type Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterviewPage } from './pages/interview-page.ts';
import { LibraryPage } from './pages/library-page.ts';
import { ReviewPage } from './pages/review-page.ts';
import { serveApp, type AppServer } from './support/app-server.ts';
import {
  expectNoPageErrors,
  appUrl,
  expectRequestsStayOnOrigin,
  launchBrowser,
  openApp,
  requestedUrls,
  type LaunchedBrowser,
} from './support/browser.ts';
import { spokenWav } from './support/spoken-fixtures.ts';
import { readStoredInterview } from './support/stored-interview.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const NEXT_BUILD = resolve(ROOT, '.e2e-tmp/offline-next-build');
const SCRIPT = resolve(import.meta.dirname, '../fixtures/e2e-short-interview.md');

/** The service worker's own scripts, which the browser keeps itself: the only files not in its caches. */
const serviceWorkerScripts = /^(sw|workbox-[\w-]+)\.js$/;

/** Every file of a build, relative to its folder. */
async function filesOf(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, resolve(entry.parentPath, entry.name)))
    .sort();
}

/** The URLs of everything the page's origin holds in Cache Storage. */
function cachedUrls(page: Page): Promise<URL[]> {
  return page
    .evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(request.url);
      }
      return urls;
    })
    .then((urls) => urls.map((url) => new URL(url)));
}

/** The second build differs from the first in one mark in its page, which tells which version a tab runs. */
function nextVersionMark(): Plugin {
  return {
    name: 'e2e-next-version-mark',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'viva-e2e-version', content: 'next' } }],
  };
}

/**
 * Builds the second version as `vite build` would. Vitest sets NODE_ENV to 'test', which would give React's
 * and Workbox's development builds; it is 'production' for the build only.
 */
async function buildNextVersion(): Promise<void> {
  const testEnvironment = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: NEXT_BUILD, emptyOutDir: true },
      plugins: [nextVersionMark()],
    });
  } finally {
    process.env.NODE_ENV = testEnvironment;
  }
}

function runsNextVersion(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('meta[name="viva-e2e-version"]') !== null);
}

function updateNotice(page: Page) {
  return page.getByRole('status').filter({ hasText: 'Update ready — reload' });
}

describe('Viva installed and offline', () => {
  let server: AppServer | undefined;
  let port: number;
  let browser: LaunchedBrowser;
  let page: Page;
  let profile: string;

  beforeAll(async () => {
    server = await serveApp(ROOT);
    port = server.port;
    const answer = await spokenWav(
      'answer-offline',
      'I would keep the working set in memory and write changes through to the database.',
      'en-us',
    );
    // A profile on disk, as a user's: Chromium offers no installation in a throwaway (incognito) context.
    profile = await mkdtemp(join(tmpdir(), 'viva-offline-'));
    browser = await launchBrowser({
      fakeMicrophoneWav: answer,
      fakeMicrophoneLoop: true,
      baseURL: server.url,
      userDataDir: profile,
    });
    page = browser.page;
  });

  afterAll(async () => {
    await browser.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
    await rm(NEXT_BUILD, { recursive: true, force: true });
  });

  it('is installable, and caches every file of the build on the first visit', async () => {
    const library = new LibraryPage(page);
    await library.open();
    await library.importFile(SCRIPT);
    await library.status.getByText(/Imported/).waitFor();

    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    const built = (await filesOf(DIST)).filter((path) => !serviceWorkerScripts.test(path));
    expect(built).toContain('index.html');
    const cached = await cachedUrls(page);
    expect(cached.map((url) => url.pathname.slice(1)).sort()).toEqual(built);
    // All from the app's own server: the worker fetched nothing from anywhere else.
    expect(new Set(cached.map((url) => url.origin))).toEqual(new Set([new URL(appUrl('/', page)).origin]));

    // What Chromium itself checks before it offers to install an app: manifest, icons, service worker.
    const devTools = await browser.context.newCDPSession(page);
    const { installabilityErrors } = await devTools.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { errors } = await devTools.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    expectNoPageErrors(page);
  });

  it('starts with the server stopped, and runs, stores and replays a whole interview', async () => {
    // Code the interview and the review need has not been fetched yet: only the cache can bring it.
    const fetchedOnline = requestedUrls(page).join('\n');
    expect(fetchedOnline).not.toMatch(/InterviewPage|ReviewPage|wavesurfer/);
    await server?.close();
    server = undefined;
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();

    await new LibraryPage(page).reload();
    // Served from the cache with the headers the server sent: still isolated, as Whisper's threads need.
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    const interview = new InterviewPage(page);
    await interview.open('imported', 'e2e-short');
    await interview.getReady('Untimed', false);
    await interview.waitUntilHeard();
    await interview.start();
    await interview.answerTurns([2_000, 1_500, 1_500, 1_500]);
    expect(await interview.summaryRows.allInnerTexts()).toEqual([
      expect.stringMatching(/^Opening\t0:0[1-3]\t—\tYou finished$/),
      expect.stringMatching(/^Question 1 of 1\t0:0[1-2]\t—\tYou finished$/),
      expect.stringMatching(/^Follow-up on question 1 of 1\t0:0[1-2]\t—\tYou finished\. Asked: time allows$/),
      expect.stringMatching(/^Closing\t0:0[1-2]\t—\tYou finished$/),
    ]);

    const stored = await readStoredInterview(page);
    expect(stored.sessions).toMatchObject([{ scriptId: 'e2e-short', status: 'finished' }]);
    expect(stored.answers).toHaveLength(4);
    for (const answer of stored.answers) {
      expect(answer.audio?.durationMs).toBeGreaterThan(1_000);
      expect(answer.audio?.levels.rms).toBeGreaterThan(0.01);
      expect(stored.audioChunks.filter((chunk) => chunk.answerId === answer.id).length).toBeGreaterThan(0);
    }

    await page.getByRole('link', { name: 'Review and assess your answers' }).click();
    const review = new ReviewPage(page);
    await review.waitForReview();
    const opening = review.answer(/^Opening/);
    expect(await review.paintedPixels(opening)).toBeGreaterThan(100);
    await review.play(opening);
    await opening.getByRole('button', { name: 'Pause' }).waitFor();
    await expect.poll(() => review.position(opening), { timeout: 10_000 }).toMatch(/^0:0[1-3] \//);

    expectNoPageErrors(page);
    expectRequestsStayOnOrigin(page);
  });

  it('announces the next version, never under a running interview, and reloads every tab into it', async () => {
    await buildNextVersion();
    server = await serveApp(ROOT, { outDir: NEXT_BUILD, port });

    // Loading the app looks for a new service worker; the new version installs and waits.
    await page.evaluate(() => {
      location.hash = '#/';
    });
    await new LibraryPage(page).reload();
    await updateNotice(page).waitFor({ timeout: 30_000 });
    expect(await runsNextVersion(page)).toBe(false);

    // On an interview page nothing is offered; the interview runs on the version it started with.
    const interview = new InterviewPage(page);
    await interview.open('imported', 'e2e-short');
    expect(await updateNotice(page).count()).toBe(0);
    await interview.getReady('Untimed', false);
    await interview.waitUntilHeard();
    await interview.start();
    await interview.startAnswering();
    await interview.waitForAnswering();
    await page.evaluate(() => {
      (window as unknown as Record<string, boolean>).__e2eNotReloaded = true;
    });

    // Another tab offers the update, but refuses it while the interview runs.
    const other = await browser.context.newPage();
    await openApp(other, '/#/');
    await updateNotice(other).getByRole('button', { name: 'Reload' }).click();
    await other.getByText('An interview is running in another tab').waitFor();
    await page.waitForTimeout(2_000);
    expect(await page.evaluate(() => '__e2eNotReloaded' in window)).toBe(true);
    expect(await runsNextVersion(page)).toBe(false);
    await page.getByText('Your answer is being recorded').waitFor({ timeout: 1_000 });

    // The interview ends as usual; then Reload brings both tabs onto the new version.
    await interview.doneByKeyboard();
    // Half the question's 4 s limit: not so short that the interviewer would probe it.
    await interview.answerTurns([2_000, 1_000, 1_000]);
    await updateNotice(other).getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => runsNextVersion(other), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => runsNextVersion(page), { timeout: 30_000 }).toBe(true);
    await other.getByRole('list', { name: 'Scripts' }).getByRole('article').first().waitFor();
    expect(await updateNotice(other).count()).toBe(0);

    const stored = await readStoredInterview(other);
    expect(stored.sessions.map((session) => session.status)).toEqual(['finished', 'finished']);
    expectNoPageErrors(page);
    expectNoPageErrors(other);
    expectRequestsStayOnOrigin(page);
    expectRequestsStayOnOrigin(other);
  }, 120_000);
});
