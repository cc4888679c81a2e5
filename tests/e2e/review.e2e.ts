// Reviewing an answer in real Chromium: record it through the interview, replay it from its stored
// peaks, pin a note, rate it, export the interview, and import the zip into a fresh browser profile.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterviewPage } from './pages/interview-page.ts';
import { LibraryPage } from './pages/library-page.ts';
import { ReviewPage } from './pages/review-page.ts';
import { accessibilityViolations } from './support/axe.ts';
import {
  expectNoPageErrors,
  expectRequestsStayOnOrigin,
  launchBrowser,
  openApp,
  requestedUrls,
  type LaunchedBrowser,
} from './support/browser.ts';
import { spokenWav } from './support/spoken-fixtures.ts';
import { decodeStoredAnswer, readStoredInterview } from './support/stored-interview.ts';

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
    browser = await launchBrowser({ fakeMicrophoneWav: answer, fakeMicrophoneLoop: true });
    const library = new LibraryPage(browser.page);
    await library.open();
    await library.importFile(SCRIPT);
    await library.status.getByText(/Imported/).waitFor();
    const interview = new InterviewPage(browser.page);
    await interview.open('imported', 'e2e-one-answer');
    await interview.getReady('Soft', false);
    await interview.waitUntilHeard();
    await interview.start();
    // Speech is off: the opening is a caption; start answering, speak three seconds, say done.
    await browser.page.getByRole('button', { name: /^Start answering/ }).click();
    await interview.waitForAnswering();
    await browser.page.waitForTimeout(3_000);
    await interview.doneByKeyboard();
    // Skip the question and the closing while they are read.
    for (let turn = 0; turn < 2; turn++) {
      await browser.page.getByRole('button', { name: /^Start answering/ }).waitFor();
      await browser.page.keyboard.press('s');
    }
    await interview.waitForFinished();
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
    expectRequestsStayOnOrigin(browser.page);
  });

  it('imports the zip into a fresh profile: same audio bytes, note and rating', async () => {
    const fresh = await launchBrowser();
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
    } finally {
      await fresh.close();
    }
  });
});
