// The browser's on-device recogniser as an engine, in real Chromium. The real API first: Chromium here has
// no language pack and no network, so Settings says German "can be installed", and Install shows the
// browser's refusal, changing nothing. Then a scripted stand-in for SpeechRecognition (this machine cannot
// install a pack, so the real one cannot recognise here): English is set to the browser's recogniser in
// Settings, with no Whisper model stored; it listens, on-device mode on, to a live copy of the microphone
// while the fake microphone answers, so the review has the transcript at once; "Transcribe again" then
// plays the recording into a track for it; a click on a word moves the replay there.
import { afterAll, describe, expect, it } from 'vitest';
import { SettingsPage } from './pages/settings-page.ts';
import {
  expectNoPageErrors,
  expectRequestsStayOnOrigin,
  launchBrowser,
  openApp,
  type LaunchedBrowser,
} from './support/browser.ts';
import { installScriptedRecogniser } from './support/scripted-recogniser.ts';
import { answerAndOpenReview, browserSaying, expectLastWordSeeks } from './support/transcribed-answer.ts';

/** What the stand-in "hears", a phrase every 1.5 s after it starts; what stop() finds unsent comes then. */
const scripted = ['I would start with the requirements', 'and then draw the simplest design'];

describe("the browser's on-device recogniser", () => {
  const browsers: LaunchedBrowser[] = [];

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
  });

  it('Settings says what the real browser answers: German can be installed, and the install is refused here', async () => {
    const browser = await launchBrowser({ logNetwork: true });
    browsers.push(browser);
    await openApp(browser.page);
    const settings = new SettingsPage(browser.page);
    await settings.open();
    const german = settings.speechModel.getByRole('group', { name: 'German answers' });
    await german.getByText(/can be installed — the browser downloads it once/).waitFor();
    expect(await german.getByRole('radio', { name: 'Whisper' }).isChecked()).toBe(true);

    await german.getByRole('button', { name: 'Install the German language pack' }).click();
    await german
      .getByText(
        'The browser could not install the German language pack (it needs a network connection once). Nothing else was changed.',
      )
      .waitFor({ timeout: 60_000 });
    expect(await german.getByRole('radio', { name: 'Whisper' }).isChecked()).toBe(true);
    await german.getByText(/can be installed/).waitFor();
    expectNoPageErrors(browser.page);
    expectRequestsStayOnOrigin(browser.page);
  }, 120_000);

  it('transcribes an English answer with it, on the device, with no Whisper model stored', async () => {
    const browser = await browserSaying(
      {
        name: 'answer-transcript-en',
        voice: 'en-us',
        spoken: 'I would start with the requirements, and then draw the simplest design that works.',
        loop: true,
      },
      'e2e-one-answer',
    );
    browsers.push(browser);
    await browser.context.addInitScript(installScriptedRecogniser, scripted);
    await browser.page.reload();
    const { page } = browser;

    const settings = new SettingsPage(page);
    await settings.open();
    await settings.speechModel.getByText('No model chosen yet: answers are not transcribed.').waitFor();
    await settings.chooseBrowserRecogniser('English');

    const review = await answerAndOpenReview(browser, 'e2e-one-answer', [6_000, 'skip', 'skip']);
    const answer = review.answer(/^Opening/);
    const transcript = review.transcript(answer);
    const words = review.transcriptWords(answer);
    // Heard while the answer was recorded: ready as the review opens, nothing left to transcribe.
    await transcript
      .getByText(/Made on this device by browser on-device \(en-US\)/)
      .waitFor({ timeout: 10_000 });
    expect((await words.allInnerTexts()).join(' ')).toBe(scripted.join(' '));
    const live = {
      processLocally: true,
      lang: 'en-US',
      continuous: true,
      interimResults: false,
      liveAudioTrack: true,
    };
    const starts = () =>
      page.evaluate(() => (window as unknown as { recognitionStarts: unknown[] }).recognitionStarts);
    // Started once, on the device, in English, on a live track, during the interview: the skipped turns
    // recorded nothing.
    expect(await starts()).toEqual([{ ...live, page: 'interview' }]);

    // Transcribe again: the recording is played in real time into a track the stand-in listens to.
    const started = Date.now();
    await transcript.getByRole('button', { name: 'Transcribe again with browser on-device (en-US)' }).click();
    await transcript.getByText(/Transcribing again/).waitFor();
    await transcript.getByRole('button', { name: /Transcribe again/ }).waitFor({ timeout: 60_000 });
    console.log(
      `browser engine: the recording transcribed again in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(await starts()).toEqual([
      { ...live, page: 'interview' },
      { ...live, page: 'session' },
    ]);
    expect((await words.allInnerTexts()).join(' ')).toBe(scripted.join(' '));

    // Word times are estimated from when the phrases arrived: the last word is seconds into the answer,
    // and clicking it moves the replay there.
    await expectLastWordSeeks(review, answer, words, [1, 6]);

    expectNoPageErrors(page);
    expectRequestsStayOnOrigin(page);
  }, 180_000);
});
