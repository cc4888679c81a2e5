// A long answer transcribed while it is recorded, in real Chromium: Whisper hears the fake microphone's
// looped English sentence window by window through a 70 s answer, so that its words are ready soon after
// "done" (the whole answer would take about a minute from its recording), timed across the whole answer.
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoPageErrors, expectRequestsStayOnOrigin, type LaunchedBrowser } from './support/browser.ts';
import { decodeStoredAnswer, readStoredInterview } from './support/stored-interview.ts';
import { InterviewPage } from './pages/interview-page.ts';
import { ReviewPage } from './pages/review-page.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { browserSayingIn, TRANSCRIPTION_TIMEOUT, waitForTranscript } from './support/transcribed-answer.ts';
import { whisperModelPath } from './support/whisper-model.ts';

const answerMs = 70_000;

describe('a long answer transcribed while it is recorded', () => {
  const opened: LaunchedBrowser[] = [];
  afterAll(() => Promise.all(opened.map((browser) => browser.close())));

  it(
    'has its words soon after "done", from its start to its end',
    async () => {
      const model = whisperModelPath();
      const browser = await browserSayingIn('en');
      opened.push(browser);
      const settings = new SettingsPage(browser.page);
      await settings.open();
      await settings.storeSpeechModel(model);
      // The question, not the opening: without speech the opening is answered as soon as the interview
      // starts, before Whisper has loaded, and so is transcribed from its recording instead.
      const interview = new InterviewPage(browser.page);
      await interview.open('imported', 'e2e-one-answer');
      await interview.getReady('Soft', false);
      await interview.waitUntilHeard();
      await interview.start();
      await interview.answerTurns(['skip', answerMs], false);
      // A probe would follow so short an answer to a 2–3 minute question: the interview ends here.
      await interview.end();
      await browser.page.getByRole('link', { name: 'Review and assess your answers' }).click();
      const review = new ReviewPage(browser.page);
      await review.waitForReview();
      const { text } = await waitForTranscript(review, /^Question 1 of 1/, 'long answer');

      const stored = await readStoredInterview(browser.page);
      const recorded = stored.answers.find((answer) => answer.turn.phase === 'question');
      const transcript = stored.transcripts.find((made) => made.answerId === recorded?.id);
      if (recorded === undefined || transcript === undefined) throw new Error('No transcript was stored.');
      const audio = await decodeStoredAnswer(browser.page, recorded.id);
      console.log(
        `long answer: ${audio.durationSeconds.toFixed(1)} s, words ready ${(transcript.tookMs / 1000).toFixed(1)} s after "done"`,
      );
      // Made while recorded: tookMs is the time from the answer's end to its words. Whisper did the whole
      // answer in about 60 s here; the target is 15 s, the bound generous for a busy machine.
      expect(transcript.model).toBe('ggml-base-q8_0.bin');
      expect(transcript.tookMs).toBeLessThan(40_000);

      // The sentence comes round about every 5 s: most of its repetitions come through, from every window.
      expect(text.match(/requirements/gi)?.length ?? 0).toBeGreaterThanOrEqual(8);
      const words = transcript.words;
      expect(words[0]?.startMs).toBeLessThan(8_000);
      // Timed on the recording's clock: the last words fall at its end, not past it.
      const lastEnd = words.at(-1)?.endMs ?? 0;
      expect(lastEnd).toBeGreaterThan((audio.durationSeconds - 10) * 1000);
      expect(lastEnd).toBeLessThanOrEqual((audio.durationSeconds + 1) * 1000);
      // In order: each window's words come after the one before.
      expect(
        words.every((word, index) => index === 0 || word.startMs >= (words[index - 1]?.startMs ?? 0)),
      ).toBe(true);
      expectRequestsStayOnOrigin(browser.page);
      expectNoPageErrors(browser.page);
    },
    TRANSCRIPTION_TIMEOUT + 180_000,
  );
});
