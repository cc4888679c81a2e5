// Reviewing an answer in real Chromium: record it through the interview, replay it from its stored
// peaks, pin a note, rate it, export the interview, and import the zip into a fresh browser profile.
// Every request the browser sends on the way is logged at the browser: all stay on the app's origin.
// At the end, Settings deletes all of it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterviewPage } from './pages/interview-page.ts';
import { LibraryPage } from './pages/library-page.ts';
import { ReviewPage } from './pages/review-page.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { accessibilityViolations } from './support/axe.ts';
import {
  expectNoPageErrors,
  expectRequestsStayOnOrigin,
  launchBrowser,
  networkLogUrls,
  openApp,
  requestedUrls,
  type LaunchedBrowser,
} from './support/browser.ts';
import { spokenWav } from './support/spoken-fixtures.ts';
import { decodeStoredAnswer, readStoredInterview, storedRowCounts } from './support/stored-interview.ts';

const SCRIPT = resolve(import.meta.dirname, '../fixtures/e2e-one-answer.md');

describe('reviewing an answer', () => {
  let browser: LaunchedBrowser;
  let folder: string;
  let backup: string;
  let recorded: { sha256: string; durationSeconds: number };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'viva-review-'));
    const answer = await spokenWav(
      'answer-review',
      'When two engineers disagreed, I asked each to write down their design.',
      'en-us',
    );
    browser = await launchBrowser({ fakeMicrophoneWav: answer, fakeMicrophoneLoop: true, logNetwork: true });
    const library = new LibraryPage(browser.page);
    await library.open();
    await library.importFile(SCRIPT);
    await library.status.getByText(/Imported/).waitFor();
    const interview = new InterviewPage(browser.page);
    await interview.open('imported', 'e2e-one-answer');
    await interview.getReady('Soft', false);
    await interview.waitUntilHeard();
    await interview.start();
    // Speech is off: the opening is a caption; speak three seconds, then skip the question and the closing.
    await interview.answerOpeningThenSkip(3_000, 2);
    await browser.page.getByRole('link', { name: 'Review and assess your answers' }).click();
  });

  afterAll(async () => {
    await browser.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('draws the waveform from the stored peaks, without loading the audio', async () => {
    const review = new ReviewPage(browser.page);
    await review.waitForReview();
    const answer = review.answer(/^Opening/);
    // Drawn: the canvas has painted pixels.
    expect(await review.paintedPixels(answer)).toBeGreaterThan(100);
    // wavesurfer's shadow-root <style> applied: the Content-Security-Policy allows it by its hash.
    const canvas = review.waveform(answer).locator('canvas').first();
    // Polled: wavesurfer draws its canvases again when the layout settles (the transcript's notice below
    // the player can add a scrollbar), and a canvas it has just replaced has no computed style.
    await expect
      .poll(() => canvas.evaluate((element) => getComputedStyle(element).position))
      .toBe('absolute');
    expect(requestedUrls(browser.page).filter((url) => url.startsWith('blob:'))).toEqual([]);
    expect(await accessibilityViolations(browser.page)).toEqual([]);
  });

  it('plays the answer: the current time advances', async () => {
    const review = new ReviewPage(browser.page);
    const answer = review.answer(/^Opening/);
    expect(await review.position(answer)).toMatch(/^0:00 \/ 0:0[2-4]$/);
    await review.play(answer);
    await answer.getByRole('button', { name: 'Pause' }).waitFor();
    await browser.page.waitForTimeout(1_500);
    expect(await review.position(answer)).toMatch(/^0:0[1-4] \//);
    // The audio was assembled and loaded only now: the check before Play could have seen it.
    expect(requestedUrls(browser.page).filter((url) => url.startsWith('blob:'))).toHaveLength(1);
  });

  it('keeps a pinned note and a rating, and exports the interview', async () => {
    const review = new ReviewPage(browser.page);
    const answer = review.answer(/^Opening/);
    await review.pinNote(answer, 'Too slow to get to the point');
    await review.rate(answer, 4);
    await answer.getByText('Rating saved.').waitFor();
    const stored = await readStoredInterview(browser.page);
    expect(stored.answerAssessments).toHaveLength(1);
    expect(stored.answerAssessments[0]).toMatchObject({
      rating: 4,
      pins: [{ text: 'Too slow to get to the point' }],
    });
    recorded = await decodeStoredAnswer(browser.page, stored.answerAssessments[0]?.answerId ?? '');
    expect(recorded.durationSeconds).toBeGreaterThan(2);

    // The history lists the interview; it and the script's progress page pass axe as well.
    await browser.page.getByRole('link', { name: 'History', exact: true }).click();
    await browser.page
      .getByRole('list', { name: 'Interviews' })
      .getByRole('link', { name: /One answer to review/ })
      .waitFor();
    expect(await accessibilityViolations(browser.page)).toEqual([]);
    await browser.page.goBack();
    await review.waitForReview();
    await browser.page.getByRole('link', { name: 'Progress on this script' }).click();
    await browser.page.getByRole('heading', { level: 1, name: /^Progress:/ }).waitFor();
    expect(await accessibilityViolations(browser.page)).toEqual([]);
    await browser.page.goBack();
    await review.waitForReview();

    const download = await review.export();
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    backup = join(folder, download.suggestedFilename());
    await download.saveAs(backup);
    expectNoPageErrors(browser.page);
    // The browser-wide log saw the microphone's AudioWorklet module; Playwright's request events miss it.
    expect(networkLogUrls(browser.page).some((url) => /\/peaks\.worklet-[\w-]+\.js$/.test(url))).toBe(true);
    expectRequestsStayOnOrigin(browser.page);
  });

  it('imports the zip into a fresh profile: same audio bytes, note and rating', async () => {
    const fresh = await launchBrowser({ logNetwork: true });
    try {
      await openApp(fresh.page, '/#/history');
      await fresh.page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
      await fresh.page.locator('input[type=file]').setInputFiles(backup);
      await fresh.page.getByText(/^Imported 1 interview/).waitFor();
      const stored = await readStoredInterview(fresh.page);
      expect(stored.sessions).toHaveLength(1);
      expect(stored.answerAssessments[0]).toMatchObject({
        rating: 4,
        pins: [{ text: 'Too slow to get to the point' }],
      });
      const answerId = stored.answerAssessments[0]?.answerId ?? '';
      const imported = await decodeStoredAnswer(fresh.page, answerId);
      expect(imported.sha256).toBe(recorded.sha256);
      expect(imported.durationSeconds).toBeCloseTo(recorded.durationSeconds, 1);
      await fresh.page.getByRole('link', { name: /One answer to review/ }).click();
      const review = new ReviewPage(fresh.page);
      await review.waitForReview();
      await review
        .answer(/^Opening/)
        .getByRole('list', { name: 'Pinned notes' })
        .getByText('Too slow to get to the point')
        .waitFor();
      expectNoPageErrors(fresh.page);
      expectRequestsStayOnOrigin(fresh.page);
    } finally {
      await fresh.close();
    }
  });

  it('deletes all of it from Settings, after a confirmation: every table empty, the app as on a first visit', async () => {
    const { page } = browser;
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.interviewDefaults.getByRole('radio', { name: 'Strict', exact: true }).check();
    await settings.interviewDefaults.getByText('Saved.').waitFor();
    const before = await storedRowCounts(page);
    for (const table of [
      'importedScripts',
      'sessions',
      'answers',
      'audioChunks',
      'answerAssessments',
      'settings',
    ]) {
      expect(before[table], table).toBeGreaterThan(0);
    }

    const question = await settings.askToDeleteAllData();
    expect(question).toContain('every interview, its recordings and their transcripts');
    expect(question).toContain('your ratings, notes and checklists');
    expect(question).toContain('the scripts you imported');
    expect(question).toContain('your settings and voices, and the Whisper model you chose');
    expect(question).toContain('export first');
    expect(await accessibilityViolations(page)).toEqual([]);
    await settings.answerDeleteDialog({ confirm: false });
    expect(await storedRowCounts(page)).toEqual(before);

    await settings.askToDeleteAllData();
    await settings.answerDeleteDialog({ confirm: true });
    await settings.dangerZone.getByText('All your data was deleted from this browser.').waitFor();
    // The database is there again, empty, with every table.
    expect(await storedRowCounts(page)).toEqual(
      Object.fromEntries(Object.keys(before).map((table) => [table, 0])),
    );
    // The page in front of the user shows the defaults again, without a reload.
    expect(
      await settings.interviewDefaults.getByRole('radio', { name: 'Soft', exact: true }).isChecked(),
    ).toBe(true);
    await page.getByRole('navigation').getByRole('link', { name: 'History', exact: true }).click();
    await page.getByText(/^No interviews yet\./).waitFor();
    const library = new LibraryPage(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Library', exact: true }).click();
    await library.cards.first().waitFor();
    expect(await library.importedCards.count()).toBe(0);
    expectNoPageErrors(page);
    expectRequestsStayOnOrigin(page);
  });
});
