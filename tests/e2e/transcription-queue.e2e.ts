// The transcription queue is worked away from the review: an answer recorded before a model was chosen
// waits in the queue; once a model is chosen, History transcribes it while the candidate looks at it
// ("Transcribing an answer on this device…"), its search then finds the answer by what was said, and the
// review opens with the transcript already made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewPage } from './pages/review-page.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { expectNoPageErrors, expectRequestsStayOnOrigin, type LaunchedBrowser } from './support/browser.ts';
import {
  answerAndOpenReview,
  answersByLanguage,
  browserSayingIn,
  TRANSCRIPTION_TIMEOUT,
} from './support/transcribed-answer.ts';
import { whisperModelPath } from './support/whisper-model.ts';

const OPENING = /^Opening/;

describe('the transcription queue', () => {
  let model: string;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    model = whisperModelPath();
    browser = await browserSayingIn('en');
  }, 600_000);

  afterAll(async () => {
    await browser.close();
  });

  it(
    'transcribes a waiting answer on another page, for the search and the review',
    async () => {
      const { page } = browser;
      // No model yet: the answer is recorded and queued, and the review says why it has no transcript.
      const review = await answerAndOpenReview(browser, answersByLanguage.en.script, [9_000, 'skip', 'skip']);
      const reviewHash = new URL(page.url()).hash;
      await review
        .transcript(review.answer(OPENING))
        .getByText(/choose a Whisper model in Settings/)
        .waitFor();

      const settings = new SettingsPage(page);
      await settings.open();
      await settings.storeSpeechModel(model);
      await page.goto(new URL('#/history', page.url()).href);
      const started = Date.now();
      const working = page
        .getByRole('status')
        .filter({ hasText: /^Transcribing an answer on this device…$/ });
      await working.waitFor();
      await working.waitFor({ state: 'detached', timeout: TRANSCRIPTION_TIMEOUT });
      console.log(
        `queue: the answer transcribed on History in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );

      await page.getByRole('searchbox', { name: 'Search what you said' }).fill('requirements');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByText('1 answer says “requirements”.').waitFor();

      // The review shows the transcript at once: nothing is left for it to transcribe.
      await page.evaluate((hash) => {
        location.hash = hash;
      }, reviewHash);
      const reopened = new ReviewPage(page);
      await reopened.waitForReview();
      const answer = reopened.answer(OPENING);
      await reopened
        .transcript(answer)
        .getByText(/Made on this device by ggml-base-q8_0\.bin/)
        .waitFor();
      const text = (await reopened.transcriptWords(answer).allInnerTexts()).join(' ');
      expect(text).toMatch(/requirements/i);
      expectNoPageErrors(page);
      expectRequestsStayOnOrigin(page);
    },
    TRANSCRIPTION_TIMEOUT + 180_000,
  );
});
