// The interviewer listens before it asks a follow-up, in real Chromium: espeak-ng answers through the fake
// microphone, saying what the follow-up probes; with transcription on (and the wait raised for Whisper on
// this slow machine), whisper.cpp transcribes the answer while the interviewer thinks, the follow-up is left
// out and the summary and the review say where the answer covered it; with transcription off, it is asked.
// With the browser's recogniser (a scripted stand-in: no language pack can be installed here) listening
// while the answer is recorded, the words are there as it ends: the usual wait is enough.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { InterviewPage } from './pages/interview-page.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { expectNoPageErrors, expectRequestsStayOnOrigin, type LaunchedBrowser } from './support/browser.ts';
import { installScriptedRecogniser } from './support/scripted-recogniser.ts';
import { browserSaying, TRANSCRIPTION_TIMEOUT } from './support/transcribed-answer.ts';
import { whisperModelPath } from './support/whisper-model.ts';

// "Tables", not "database": see answer-analysis.e2e.ts (Whisper once heard espeak-ng's "database" as "Veda Mace").
// About 9 s, so that the 12 s answer says it little more than once: a sentence said over and over makes
// Whisper's text so repetitive that it takes it for a loop and decodes again at a higher temperature, whose
// sample once lost "partition" (one run in about six with a 4 s sentence).
const spoken =
  'I would partition the tables by customer, so that every read stays fast, and then measure the slowest queries before changing anything else.';
const followUp = 'How would you partition the tables?';

/** Skips the opening, answers the question for 12 s, and returns the caption of the turn asked after it. */
async function answerQuestion(page: Page): Promise<{ next: string; thought: boolean }> {
  const interview = new InterviewPage(page);
  await interview.open('imported', 'e2e-listening');
  await interview.getReady('Soft', false);
  await interview.waitUntilHeard();
  await interview.start();
  await page.getByRole('button', { name: /^Start answering/ }).waitFor();
  await interview.skipByKeyboard();
  await interview.startAnswering();
  await interview.waitForAnswering();
  await page.waitForTimeout(12_000);
  await interview.doneByKeyboard();
  const thinking = page.getByText('The interviewer is thinking about your answer…');
  const started = Date.now();
  const thought = await thinking.waitFor({ timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  // The next turn is asked as soon as the interviewer has decided (without speech, it then records after a
  // reading time): its caption is what tells.
  await expect
    .poll(() => interview.caption.innerText(), { timeout: TRANSCRIPTION_TIMEOUT, interval: 500 })
    .toMatch(new RegExp(`^(${followUp.replace('?', '\\?')}|Any questions for me\\?)$`));
  console.log(`listening: the next turn after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { next: await interview.caption.innerText(), thought };
}

/** Skips the turns left and returns the summary's rows. */
async function finish(page: Page): Promise<string[]> {
  const interview = new InterviewPage(page);
  const finished = page.getByRole('heading', { level: 1, name: 'Interview finished' });
  // Each turn left is skipped, whether it waits to be answered or already records (without speech a turn
  // records after a reading time), until the summary shows (saving the last answer takes a moment).
  while (!(await finished.isVisible())) {
    const skipped = await interview.caption.textContent({ timeout: 5_000 }).catch(() => '');
    await interview.skipByKeyboard();
    // Skipped once the caption moves on, or the interview is over.
    await expect
      .poll(
        async () =>
          (await finished.isVisible()) ||
          (await interview.caption.textContent({ timeout: 1_000 }).catch(() => '')) !== skipped,
      )
      .toBe(true);
  }
  return interview.summaryRows.allInnerTexts();
}

const answer = { name: 'listening', voice: 'en-us', spoken, loop: true };

describe('an interviewer who listens before its follow-up', () => {
  const opened: LaunchedBrowser[] = [];
  afterAll(() => Promise.all(opened.map((browser) => browser.close())));

  it('asks the follow-up at once with transcription off', async () => {
    const browser = await browserSaying(answer, 'e2e-listening');
    opened.push(browser);
    const { page } = browser;
    await new SettingsPage(page).open();
    // The switch shows the stored setting: it turns off once the change is saved.
    const transcribe = page.getByRole('checkbox', { name: 'Transcribe my answers on this device' });
    await transcribe.click();
    await expect.poll(() => transcribe.isChecked()).toBe(false);
    const off = await answerQuestion(page);
    expect(off.thought).toBe(false);
    expect(off.next).toBe(followUp);
    expect(await finish(page)).toContainEqual(
      expect.stringMatching(/^Follow-up on question 1 of 1\t.*Asked: coverage unknown/),
    );
    expectNoPageErrors(page);
  }, 120_000);

  it(
    'with transcription on, leaves the follow-up out when the answer covered it, and says where',
    async () => {
      // Made once and cached; converting it the first time takes about 20 s.
      const model = whisperModelPath();
      const browser = await browserSaying(answer, 'e2e-listening');
      opened.push(browser);
      const { page } = browser;
      const settings = new SettingsPage(page);
      await settings.open();
      await settings.storeSpeechModel(model);
      // Whisper takes 40–60 s for a short answer on this machine when idle, minutes beside other runs: a
      // wait no candidate would sit through, raised so that the words arrive within it.
      const wait = page.getByRole('spinbutton', { name: /waits for its words/ });
      await wait.fill('450');
      await expect.poll(() => wait.inputValue()).toBe('450');
      await page.waitForTimeout(500);

      const on = await answerQuestion(page);
      expect(on.thought).toBe(true);
      expect(on.next).toBe('Any questions for me?');
      const rows = await finish(page);
      expect(rows).toContainEqual(
        expect.stringMatching(
          /^Follow-up on question 1 of 1\t—\t—\tLeft out, covered at 0:\d\d: “….*partition.*…”/i,
        ),
      );
      await page.getByRole('link', { name: 'Review and assess your answers' }).click();
      const decisions = page.getByRole('region', { name: 'What the interviewer asked or left out, and why' });
      await decisions.waitFor();
      expect(await decisions.getByRole('listitem').allInnerTexts()).toContainEqual(
        expect.stringMatching(
          /^Follow-up on question 1 of 1: .?How would you partition the tables\?.? — Left out, covered at 0:\d\d: “….*partition.*…” \(“Partitions the tables”\)$/i,
        ),
      );
      // The transcript made while the interviewer listened is the review's: nothing is transcribed again.
      await page
        .getByText(/Made on this device by ggml-base-q8_0\.bin/)
        .first()
        .waitFor();
      expectRequestsStayOnOrigin(page);
      expectNoPageErrors(page);
    },
    TRANSCRIPTION_TIMEOUT + 120_000,
  );

  it('with the browser’s recogniser listening while the answer is recorded, decides within the usual wait', async () => {
    const browser = await browserSaying(answer, 'e2e-listening');
    opened.push(browser);
    const { page } = browser;
    await browser.context.addInitScript(installScriptedRecogniser, [spoken]);
    await page.reload();
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.chooseBrowserRecogniser('English');
    // The wait stays at its default (10 s): Whisper could not make the words within it here.
    expect(await page.getByRole('spinbutton', { name: /waits for its words/ }).inputValue()).toBe('10');

    const live = await answerQuestion(page);
    expect(live.next).toBe('Any questions for me?');
    expect(await finish(page)).toContainEqual(
      expect.stringMatching(
        /^Follow-up on question 1 of 1\t—\t—\tLeft out, covered at 0:\d\d: “….*partition.*…”/i,
      ),
    );
    // The recogniser was started only while answers were recorded, on the interview's page: the review
    // has the transcript and starts none.
    await page.getByRole('link', { name: 'Review and assess your answers' }).click();
    await page
      .getByText(/Made on this device by browser on-device \(en-US\)/)
      .first()
      .waitFor();
    const pages = await page.evaluate(() =>
      (window as unknown as { recognitionStarts: { page: string }[] }).recognitionStarts.map(
        (start) => start.page,
      ),
    );
    expect(pages.length).toBeGreaterThan(0);
    expect(new Set(pages)).toEqual(new Set(['interview']));
    expectRequestsStayOnOrigin(page);
    expectNoPageErrors(page);
  }, 120_000);
});
