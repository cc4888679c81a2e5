// Transcripts survive the browser: killed (SIGKILL, every process) while Whisper works on an answer
// recorded before a model was chosen (one heard during its interview has its words already), Viva
// started again on the same profile takes the answer up again when its review opens and completes its
// transcript. Then "Transcribe again" makes it anew with the model chosen, the old one shown meanwhile.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewPage } from './pages/review-page.ts';
import { expectNoPageErrors, expectRequestsStayOnOrigin, launchBrowser, openApp } from './support/browser.ts';
import type { LaunchedBrowser } from './support/browser.ts';
import { killBrowser } from './support/kill-browser.ts';
import { SettingsPage } from './pages/settings-page.ts';
import {
  answerAndOpenReview,
  browserSaying,
  TRANSCRIPTION_TIMEOUT,
  waitForTranscript,
} from './support/transcribed-answer.ts';
import { whisperModelPath } from './support/whisper-model.ts';

const SCRIPT = 'e2e-one-answer';
const OPENING = /^Opening/;

describe('a transcript under way when the browser is killed', () => {
  let model: string;
  let profile: string;
  let browser: LaunchedBrowser | undefined;

  beforeAll(async () => {
    model = whisperModelPath();
    profile = await mkdtemp(join(tmpdir(), 'viva-transcript-resume-'));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it(
    'is completed after a restart, and can be made again',
    async () => {
      const answer = {
        name: 'answer-transcript-en',
        voice: 'en-us',
        spoken: 'I would start with the requirements, and then draw the simplest design that works.',
        loop: true,
      };
      browser = await browserSaying(answer, SCRIPT, profile);
      // Recorded before a model is chosen, so that the review transcribes it, not the interview's ears.
      await answerAndOpenReview(browser, SCRIPT, [9_000, 'skip', 'skip']);
      const reviewUrl = browser.page.url();
      const settings = new SettingsPage(browser.page);
      await settings.open();
      await settings.storeSpeechModel(model);
      // Back to the review in the same page: a change of hash only, which answers no request.
      await browser.page.evaluate((hash) => {
        location.hash = hash;
      }, new URL(reviewUrl).hash);
      const review = new ReviewPage(browser.page);
      await review.waitForReview();
      const transcript = review.transcript(review.answer(OPENING));
      await transcript.getByText(/^Transcribing on this device…/).waitFor({ timeout: TRANSCRIPTION_TIMEOUT });
      await killBrowser(profile);
      await browser.close().catch(() => undefined);

      browser = await launchBrowser({ userDataDir: profile });
      const reopened = new ReviewPage(browser.page);
      await openApp(browser.page, `/${new URL(reviewUrl).hash}`);
      await reopened.waitForReview();
      const first = await waitForTranscript(reopened, OPENING, 'after the restart');
      expect(first.text).toMatch(/start with (the|my) requirements/i);

      const again = reopened.transcript(first.answer);
      await again.getByRole('button', { name: 'Transcribe again with ggml-base-q8_0.bin' }).click();
      // The transcript stays on screen while the new one is made.
      await again.getByText(/^Transcribing again with ggml-base-q8_0\.bin…/).waitFor();
      expect(await first.words.count()).toBeGreaterThan(0);
      await again
        .getByRole('button', { name: 'Transcribe again with ggml-base-q8_0.bin' })
        .waitFor({ timeout: TRANSCRIPTION_TIMEOUT });
      const remade = (await first.words.allInnerTexts()).join(' ');
      expect(remade).toMatch(/start with (the|my) requirements/i);
      expectRequestsStayOnOrigin(browser.page);
      expectNoPageErrors(browser.page);
    },
    3 * TRANSCRIPTION_TIMEOUT,
  );
});
