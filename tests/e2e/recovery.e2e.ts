// Nothing lost when the app stops mid-interview: the browser is killed with SIGKILL in the middle of an
// answer and relaunched on the same profile, or the page is left midway; and only one tab records at a time.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterruptedNotice } from './pages/interrupted-notice.ts';
import { InterviewPage } from './pages/interview-page.ts';
import { LibraryPage } from './pages/library-page.ts';
import { ReviewPage } from './pages/review-page.ts';
import { accessibilityViolations } from './support/axe.ts';
import {
  expectNoPageErrors,
  expectRequestsStayOnOrigin,
  launchBrowser,
  openApp,
  type LaunchedBrowser,
} from './support/browser.ts';
import { killBrowser } from './support/kill-browser.ts';
import { spokenWav } from './support/spoken-fixtures.ts';
import { decodeStoredAnswer, readStoredInterview } from './support/stored-interview.ts';

const SCRIPT = resolve(import.meta.dirname, '../fixtures/e2e-short-interview.md');
const TITLE = 'A short interview in three languages';

/** The app's own clock in the page (what it stamps answers with). */
const pageNow = (page: Page) => page.evaluate(() => performance.timeOrigin + performance.now());

/** When the recording of an answer began, by the page's clock. */
async function answerStartedAt(page: Page, answerId: string): Promise<number> {
  const answer = (await readStoredInterview(page)).answers.find((a) => a.id === answerId);
  if (answer === undefined) throw new Error(`No answer ${answerId} is stored.`);
  return answer.startedAt;
}

/** Starts an untimed interview of the test script, speech off, and begins answering its opening. */
async function answerOpening(interview: InterviewPage): Promise<void> {
  await interview.open('imported', 'e2e-short');
  await interview.getReady('Untimed', false);
  await interview.waitUntilHeard();
  await interview.start();
  await startAnswering(interview);
}

/** Imports the test script into the library of a fresh profile. */
async function importScript(page: Page): Promise<void> {
  const library = new LibraryPage(page);
  await library.open();
  await library.importFile(SCRIPT);
  await library.status.getByText(/Imported/).waitFor();
}

/** Speech is off, so each prompt is a caption: start answering it, and wait until the answer records. */
async function startAnswering(interview: InterviewPage): Promise<string> {
  await interview.page.getByRole('button', { name: /^Start answering/ }).click();
  return interview.waitForAnswering();
}

/** Waits until the answer to `turnIndex` of the only unfinished session has `count` chunks in IndexedDB. */
async function waitForChunks(page: Page, turnIndex: number, count: number): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const stored = await readStoredInterview(page);
    const live = stored.sessions.find((s) => s.status === 'in-progress');
    const answer = stored.answers.find((a) => a.sessionId === live?.id && a.turnIndex === turnIndex);
    const chunks = stored.audioChunks.filter((c) => c.answerId === answer?.id).length;
    if (answer !== undefined && chunks >= count) return answer.id;
    if (Date.now() > deadline)
      throw new Error(`The answer to turn ${turnIndex} never reached ${count} chunks.`);
    await page.waitForTimeout(200);
  }
}

describe('recovery after the browser is killed mid-answer', () => {
  let profile: string;
  let answerWav: string;
  let browser: LaunchedBrowser;
  let interview: InterviewPage;
  let cutOffId: string;
  /** Audio recorded before the kill, by the page's clock: from the answer's start to the moment of the kill. */
  let recordedMs: number;

  const launch = async () => {
    browser = await launchBrowser({
      fakeMicrophoneWav: answerWav,
      fakeMicrophoneLoop: true,
      userDataDir: profile,
    });
    interview = new InterviewPage(browser.page);
  };

  /** From the resume page: on to the microphone check, and the interview starts again. */
  const startResumed = async (): Promise<void> => {
    await browser.page.getByRole('button', { name: 'Continue to the microphone check' }).click();
    await browser.page
      .getByRole('heading', { level: 1, name: 'Check your microphone and the voice' })
      .waitFor();
    await interview.waitUntilHeard();
    await interview.start();
  };

  /** Kills the browser, starts it again on the same profile and waits for the notice of interrupted interviews. */
  const killAndReopen = async (): Promise<{ killed: number; notice: InterruptedNotice }> => {
    const killed = await killBrowser(profile);
    // Playwright notices its browser is gone; closing what is left of it may fail, which is the point.
    await browser.close().catch(() => undefined);
    await launch();
    await openApp(browser.page, '/#/');
    const notice = new InterruptedNotice(browser.page);
    await notice.region.waitFor();
    return { killed, notice };
  };

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'viva-recovery-'));
    answerWav = await spokenWav(
      'answer-recovery',
      'A cache keeps recent results close to where they are needed, and it must be invalidated when the data changes.',
      'en-us',
    );
    await launch();
    await importScript(browser.page);
  });

  afterAll(async () => {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('keeps the answer cut off by SIGKILL, up to about the last second, and offers the interview on the next start', async () => {
    await answerOpening(interview);
    await browser.page.waitForTimeout(2_000);
    await interview.doneByKeyboard();
    expect(await startAnswering(interview)).toBe('Wie funktioniert ein Cache?');
    cutOffId = await waitForChunks(browser.page, 1, 5);
    recordedMs = (await pageNow(browser.page)) - (await answerStartedAt(browser.page, cutOffId));
    const { killed, notice } = await killAndReopen();
    expect(await notice.entry(TITLE).innerText()).toMatch(
      /stopped at Question 1 of 1 \(turn 2 of 5\), with 2 answers recorded/,
    );
    expect(await accessibilityViolations(browser.page)).toEqual([]);

    const stored = await readStoredInterview(browser.page);
    expect(stored.sessions).toMatchObject([{ status: 'interrupted' }]);
    const answer = stored.answers.find((a) => a.id === cutOffId);
    const audio = answer?.audio;
    if (audio === undefined) throw new Error('The cut-off answer has no audio summary after recovery.');
    expect(answer?.timing).toMatchObject({ endedBy: 'interrupted' });
    const chunks = stored.audioChunks.filter((c) => c.answerId === cutOffId);
    expect(audio.chunks).toBe(chunks.length);
    expect(chunks.map((c) => c.seq)).toEqual(chunks.map((_, seq) => seq));
    // The summary rebuilt from the chunks' peaks replaced them: the peaks are stored once.
    expect(chunks.map((c) => c.peaksLength)).toEqual(chunks.map(() => 0));
    // About 50 min/max pairs a second of what was kept, and loud enough to be speech.
    const pairsPerSecond = audio.peaks.length / 2 / (audio.durationMs / 1000);
    expect(pairsPerSecond).toBeGreaterThan(45);
    expect(pairsPerSecond).toBeLessThan(55);
    expect(Math.max(...audio.peaks.map(Math.abs))).toBeGreaterThan(10);
    expect(audio.levels.peak).toBeGreaterThan(0.05);

    const decoded = await decodeStoredAnswer(browser.page, cutOffId);
    const lostMs = recordedMs - audio.durationMs;
    console.info(
      `SIGKILL of ${killed} Chromium processes mid-answer: recorded ${(recordedMs / 1000).toFixed(2)} s before ` +
        `the kill, recovered ${(audio.durationMs / 1000).toFixed(2)} s in ${chunks.length} chunks ` +
        `(decodes to ${decoded.durationSeconds.toFixed(2)} s): lost ${(lostMs / 1000).toFixed(2)} s`,
    );
    expect(lostMs).toBeGreaterThanOrEqual(0);
    expect(lostMs).toBeLessThan(1_500);
    expect(Math.abs(decoded.durationSeconds * 1000 - audio.durationMs)).toBeLessThan(500);
    expect(decoded.rms).toBeGreaterThan(0.01);
  });

  it('shows the recovered answer in the review, drawn from its peaks and playable', async () => {
    await new InterruptedNotice(browser.page).review(TITLE);
    const review = new ReviewPage(browser.page);
    await review.waitForReview();
    const answer = review.answer(/^Question 1 of 1 \(interrupted\)/);
    await answer.getByText('The interview stopped during this answer').waitFor();
    expect(await review.paintedPixels(answer)).toBeGreaterThan(100);
    expect(await review.position(answer)).toMatch(/^0:00 \/ 0:0[3-9]$/);
    await review.play(answer);
    await answer.getByRole('button', { name: 'Pause' }).waitFor();
    await browser.page.waitForTimeout(1_500);
    expect(await review.position(answer)).toMatch(/^0:0[1-9] \//);
    expect(await accessibilityViolations(browser.page)).toEqual([]);
  });

  it('resumes at the interrupted turn, keeps the earlier answers, and finishes the interview', async () => {
    await browser.page.getByRole('link', { name: 'Library', exact: true }).click();
    const notice = new InterruptedNotice(browser.page);
    await notice.resume(TITLE);
    expect(await accessibilityViolations(browser.page)).toEqual([]);
    await startResumed();
    // The interrupted turn is asked again, then the interview goes on to its end.
    expect(await startAnswering(interview)).toBe('Wie funktioniert ein Cache?');
    await browser.page.waitForTimeout(2_000);
    await interview.doneByKeyboard();
    expect(await startAnswering(interview)).toBe('Что такое инвалидация кеша?');
    await browser.page.waitForTimeout(1_500);
    await interview.doneByKeyboard();
    expect(await startAnswering(interview)).toBe('Thank you. Do you have any questions?');
    await browser.page.waitForTimeout(1_500);
    await interview.doneByKeyboard();
    await interview.waitForFinished();
    expect(await interview.summaryRows.count()).toBe(3);

    const stored = await readStoredInterview(browser.page);
    expect(stored.sessions).toMatchObject([{ status: 'finished' }]);
    const answers = [...stored.answers].sort(
      (a, b) => a.turnIndex - b.turnIndex || a.startedAt - b.startedAt,
    );
    expect(answers.map((a) => [a.turnIndex, a.timing?.endedBy])).toEqual([
      [0, 'done'],
      [1, 'interrupted'],
      [1, 'done'],
      // Turn 2 is the probe the question's answer did not need: the follow-up and the closing come after it.
      [3, 'done'],
      [4, 'done'],
    ]);
    await browser.page.getByRole('link', { name: 'Back to the library' }).click();
    await new LibraryPage(browser.page).cards.first().waitFor();
    expect(await notice.region.count()).toBe(0);
    expectNoPageErrors(browser.page);
    expectRequestsStayOnOrigin(browser.page);
  });

  it('keeps a follow-up left out when the browser is killed while the next one is asked, and resumes past it', async () => {
    await answerOpening(interview);
    await browser.page.waitForTimeout(1_500);
    await interview.doneByKeyboard();
    await startAnswering(interview);
    await browser.page.waitForTimeout(2_000);
    await interview.doneByKeyboard();
    // The probe (turn 2) is left out and the follow-up asked: its caption waits, no answer to it begun.
    await interview.caption.getByText('Что такое инвалидация кеша?').waitFor();
    const live = async () =>
      (await readStoredInterview(browser.page)).sessions.find((s) => s.status === 'in-progress');
    const deadline = Date.now() + 10_000;
    while ((await live())?.decisions === undefined) {
      if (Date.now() > deadline) throw new Error('The decision about the probe was not stored while asking.');
      await browser.page.waitForTimeout(200);
    }
    const session = await live();
    expect(session?.decisions).toMatchObject([
      { turnIndex: 2, asked: false },
      { turnIndex: 3, asked: true },
    ]);
    const { notice } = await killAndReopen();
    expect(await notice.entry(TITLE).innerText()).toMatch(
      /stopped at Follow-up on question 1 of 1 \(turn 3 of 4\), with 2 answers recorded/,
    );
    await notice.resume(TITLE);
    await startResumed();
    // The follow-up is asked again, not the probe the interviewer had left out.
    expect(await startAnswering(interview)).toBe('Что такое инвалидация кеша?');
    await browser.page.waitForTimeout(1_500);
    await interview.doneByKeyboard();
    expect(await startAnswering(interview)).toBe('Thank you. Do you have any questions?');
    await interview.doneByKeyboard();
    await interview.waitForFinished();
    const stored = await readStoredInterview(browser.page);
    expect(stored.sessions.find((s) => s.id === session?.id)?.status).toBe('finished');
    const turns = stored.answers.filter((a) => a.sessionId === session?.id).map((a) => a.turnIndex);
    expect(turns.sort()).toEqual([0, 1, 3, 4]);
    expectNoPageErrors(browser.page);
  });

  it('recovers an interview whose page was left midway, and closes it as finished', async () => {
    await answerOpening(interview);
    const answerId = await waitForChunks(browser.page, 0, 3);
    const startedAt = await answerStartedAt(browser.page, answerId);
    // The moment the page is left, by the app's clock: when the route changes.
    const leftAt = browser.page.evaluate(
      () =>
        new Promise<number>((resolveLeft) => {
          addEventListener(
            'hashchange',
            () => {
              resolveLeft(performance.timeOrigin + performance.now());
            },
            { once: true },
          );
        }),
    );
    // Leave the interview by the header's link, in the middle of the answer.
    await browser.page.getByRole('link', { name: 'History', exact: true }).click();
    const leftMs = (await leftAt) - startedAt;
    await browser.page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    await browser.page.getByRole('link', { name: 'Library', exact: true }).click();

    const notice = new InterruptedNotice(browser.page);
    await notice.region.waitFor();
    expect(await notice.entry(TITLE).innerText()).toMatch(
      /stopped at Opening \(turn 1 of 5\), with one answer recorded/,
    );
    const stored = await readStoredInterview(browser.page);
    const answer = stored.answers.find((a) => a.id === answerId);
    const kept = answer?.audio?.durationMs ?? NaN;
    console.info(
      `page left mid-answer: ${(leftMs / 1000).toFixed(2)} s recorded when the route changed, ` +
        `${(kept / 1000).toFixed(2)} s kept: lost ${((leftMs - kept) / 1000).toFixed(2)} s`,
    );
    expect(answer?.timing?.endedBy).toBe('interrupted');
    expect(Math.abs(leftMs - kept)).toBeLessThan(1_500);
    expect((await decodeStoredAnswer(browser.page, answerId)).rms).toBeGreaterThan(0.01);

    await notice.closeAsFinished(TITLE);
    await notice.region.waitFor({ state: 'detached' });
    const closed = (await readStoredInterview(browser.page)).sessions.find((s) => s.id === answer?.sessionId);
    expect(closed?.status).toBe('finished');
    expectNoPageErrors(browser.page);
  });
});

describe('one interview at a time', () => {
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    const answer = await spokenWav('answer-two-tabs', 'I would start with the requirements.', 'en-us');
    browser = await launchBrowser({ fakeMicrophoneWav: answer, fakeMicrophoneLoop: true });
    await importScript(browser.page);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('keeps a second tab from recording while the first runs an interview, and lets it review', async () => {
    const first = new InterviewPage(browser.page);
    await answerOpening(first);

    const otherTab = await browser.context.newPage();
    const second = new InterviewPage(otherTab);
    // The running interview is not taken for an interrupted one.
    await new LibraryPage(otherTab).open();
    await otherTab.waitForTimeout(1_000);
    expect(await new InterruptedNotice(otherTab).region.count()).toBe(0);

    await second.open('imported', 'e2e-short');
    await otherTab.getByRole('button', { name: 'Continue to the microphone check' }).click();
    await otherTab
      .getByRole('alert')
      .getByText(/An interview is running in another tab/)
      .waitFor();
    expect(await otherTab.getByRole('heading', { name: 'Check your microphone and the voice' }).count()).toBe(
      0,
    );
    expect(await accessibilityViolations(otherTab)).toEqual([]);

    // Reviewing works in the second tab meanwhile.
    await otherTab.getByRole('link', { name: 'History', exact: true }).click();
    await otherTab
      .getByRole('list', { name: 'Interviews' })
      .getByRole('link', { name: new RegExp(TITLE) })
      .click();
    await new ReviewPage(otherTab).waitForReview();

    // The first tab ends its interview: now the second may start one.
    await browser.page.bringToFront();
    await browser.page.keyboard.press('Escape');
    await browser.page.getByRole('button', { name: 'End interview', exact: true }).click();
    await first.waitForFinished();
    await otherTab.bringToFront();
    await second.open('imported', 'e2e-short');
    await second.getReady('Untimed', false);
    await second.waitUntilHeard();
    expectNoPageErrors(browser.page);
    expectNoPageErrors(otherTab);
    // Closing the tab frees the lock it took for its microphone check.
    await otherTab.close();
  });

  it('recovers the interview of a tab closed mid-answer, in a tab that waited for it', async () => {
    const recordingTab = await browser.context.newPage();
    const interview = new InterviewPage(recordingTab);
    await answerOpening(interview);
    // The library in the first tab: its check for interrupted interviews waits for the running one.
    await browser.page.bringToFront();
    await browser.page.getByRole('link', { name: 'Library', exact: true }).click();
    const notice = new InterruptedNotice(browser.page);
    const answerId = await waitForChunks(recordingTab, 0, 3);
    expect(await notice.region.count()).toBe(0);
    const closedMs = (await pageNow(recordingTab)) - (await answerStartedAt(recordingTab, answerId));
    await recordingTab.close();

    // Without a reload: the check ran as soon as the closed tab's lock was freed.
    await notice.region.waitFor();
    const stored = await readStoredInterview(browser.page);
    const answer = stored.answers.find((a) => a.id === answerId);
    const kept = answer?.audio?.durationMs ?? NaN;
    console.info(
      `tab closed mid-answer: ${(closedMs / 1000).toFixed(2)} s recorded when it was closed, ` +
        `${(kept / 1000).toFixed(2)} s kept: lost ${((closedMs - kept) / 1000).toFixed(2)} s`,
    );
    expect(answer?.timing?.endedBy).toBe('interrupted');
    expect(closedMs - kept).toBeLessThan(1_500);
    expect((await decodeStoredAnswer(browser.page, answerId)).rms).toBeGreaterThan(0.01);
    expectNoPageErrors(browser.page);
  });
});
