// The interviewer keeps to a script's stated duration in real Chromium: a follow-up that cannot fit in the
// time left is not asked, the closing is, and the plan, the summary and the review say so.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterviewPage } from './pages/interview-page.ts';
import { accessibilityViolations } from './support/axe.ts';
import { expectNoPageErrors, type LaunchedBrowser } from './support/browser.ts';
import { spokenUtterances } from './support/speech-log.ts';
import { launchSpokenInterview } from './support/spoken-interview.ts';

const SCRIPT = resolve(import.meta.dirname, '../fixtures/e2e-timed-interview.md');

describe('an interview held to its stated duration', () => {
  let browser: LaunchedBrowser;
  let interview: InterviewPage;

  beforeAll(async () => {
    browser = await launchSpokenInterview(SCRIPT);
    interview = new InterviewPage(browser.page);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('tells on the plan page what fits', async () => {
    const page = browser.page;
    await page.evaluate(() => {
      location.hash = '#/script/imported/e2e-timed';
    });
    await page.getByText('40 s · 1 question · up to 1 follow-up as time allows.').waitFor();
  });

  it('leaves out the follow-up that does not fit and still asks the closing', async () => {
    const page = browser.page;
    await interview.open('imported', 'e2e-timed');
    await interview.getReady('Strict');
    await interview.waitUntilHeard();
    await interview.start();
    expect(await interview.waitForAnswering()).toBe('Hello. Please introduce yourself.');
    await page.waitForTimeout(1_000);
    await interview.doneByKeyboard();
    expect(await interview.waitForAnswering()).toBe('How would you cache a slow service?');
    await page.waitForTimeout(1_000);
    await interview.doneByKeyboard();
    expect(await interview.waitForAnswering()).toBe('Thank you. Do you have any questions?');
    await interview.doneByKeyboard();
    await interview.waitForFinished();

    expect(await interview.summaryRows.allInnerTexts()).toEqual([
      expect.stringMatching(/^Opening\t/),
      expect.stringMatching(/^Question 1 of 1\t/),
      // A second of an 8-second question is thin, but its probe does not fit either.
      expect.stringMatching(/^Probe on question 1 of 1\t—\t—\tLeft out for time: 0:\d\d left, 1:\d\d needed/),
      expect.stringMatching(
        /^Follow-up on question 1 of 1\t—\t—\tLeft out for time: 0:\d\d left, 1:\d\d needed/,
      ),
      expect.stringMatching(/^Closing\t.*You finished$/),
    ]);
    const spoken = (await spokenUtterances(page)).map((utterance) => utterance.text).join(' ');
    expect(spoken).not.toContain('shard');
    expectNoPageErrors(page);
  });

  it('keeps the decision with the interview: the review says what was not asked and why', async () => {
    const page = browser.page;
    await page.getByRole('link', { name: 'Review and assess your answers' }).click();
    const section = page.getByRole('region', { name: 'What the interviewer asked or left out, and why' });
    await section.waitFor();
    expect(await section.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(
        /^Probe on question 1 of 1: .?Could you go deeper on that\?.? — Left out for time: /,
      ),
      expect.stringMatching(
        /^Follow-up on question 1 of 1: .?How would you shard that cache across regions\?.? — Left out for time: 0:\d\d left, 1:\d\d needed with the turns after it$/,
      ),
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    expectNoPageErrors(page);
  });
});
