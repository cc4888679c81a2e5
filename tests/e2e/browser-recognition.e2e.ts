// The browser's on-device recogniser as an engine, in real Chromium. The real API first: Chromium here has
// no language pack and no network, so Settings says German "can be installed", and Install shows the
// browser's refusal, changing nothing; a German answer recorded then is not transcribed, and its review says
// why and how to get a transcript. Then a scripted stand-in for SpeechRecognition (this machine cannot
// install a pack, so the real one cannot recognise here): English, then German, is set to the browser's
// recogniser in Settings, with no Whisper model stored; it listens, on-device mode on and in the answer's
// language, to a live copy of the microphone while the fake microphone answers, so the review has the
// transcript at once; "Transcribe again" then plays the recording into a track for it; a click on a word
// moves the replay there.
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
import { storedRowCounts } from './support/stored-interview.ts';
import {
  answerAndOpenReview,
  answersByLanguage,
  browserSayingIn,
  expectLastWordSeeks,
} from './support/transcribed-answer.ts';

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

  it('says in the review why a German answer has no transcript, and how to get one, with no model and no pack', async () => {
    const browser = await browserSayingIn('de');
    browsers.push(browser);
    const { page } = browser;
    const review = await answerAndOpenReview(browser, answersByLanguage.de.script, [4_000, 'skip', 'skip']);
    const answer = review.answer(/^Opening/);
    await review
      .transcript(answer)
      .getByText(
        "No engine for German: install the browser's German language pack or choose a Whisper model in Settings.",
      )
      .waitFor();
    expect(
      await review.transcript(answer).getByRole('link', { name: 'Open Settings' }).getAttribute('href'),
    ).toBe('#/settings');
    // Nothing was transcribed, though the answer was recorded: no words shown, no transcript stored.
    expect(await review.transcriptWords(answer).count()).toBe(0);
    const rows = await storedRowCounts(page);
    expect(rows.answers).toBeGreaterThanOrEqual(1);
    expect(rows.audioChunks).toBeGreaterThan(0);
    expect(rows.transcripts).toBe(0);
    expectNoPageErrors(page);
    expectRequestsStayOnOrigin(page);
  }, 120_000);

  /** Per language: its name in Settings, the browser's tag for it, and the phrases the stand-in "hears". */
  const languages = [
    {
      language: 'en',
      name: 'English',
      tag: 'en-US',
      heard: ['I would start with the requirements', 'and then draw the simplest design'],
    },
    {
      language: 'de',
      name: 'German',
      tag: 'de-DE',
      heard: ['Ich würde mit den Anforderungen beginnen', 'und dann den einfachsten Entwurf zeichnen'],
    },
  ] as const;

  it.each(languages)(
    '$name: transcribes an answer with it, on the device, in $tag, with no Whisper model stored',
    async ({ language, name, tag, heard }) => {
      const browser = await browserSayingIn(language);
      browsers.push(browser);
      await browser.context.addInitScript(installScriptedRecogniser, heard);
      await browser.page.reload();
      const { page } = browser;

      const settings = new SettingsPage(page);
      await settings.open();
      await settings.speechModel.getByText('No model chosen yet: answers are not transcribed.').waitFor();
      await settings.chooseBrowserRecogniser(name);

      const review = await answerAndOpenReview(browser, answersByLanguage[language].script, [
        6_000,
        'skip',
        'skip',
      ]);
      const answer = review.answer(/^Opening/);
      const transcript = review.transcript(answer);
      const words = review.transcriptWords(answer);
      // Heard while the answer was recorded: ready as the review opens, nothing left to transcribe.
      await transcript
        .getByText(`Made on this device by browser on-device (${tag})`, { exact: false })
        .waitFor({ timeout: 10_000 });
      expect((await words.allInnerTexts()).join(' ')).toBe(heard.join(' '));
      const live = {
        processLocally: true,
        lang: tag,
        continuous: true,
        interimResults: false,
        liveAudioTrack: true,
      };
      const starts = () =>
        page.evaluate(() => (window as unknown as { recognitionStarts: unknown[] }).recognitionStarts);
      // Started once, on the device, in the answer's language, on a live track, during the interview: the
      // skipped turns recorded nothing.
      expect(await starts()).toEqual([{ ...live, page: 'interview' }]);

      // Transcribe again: the recording is played in real time into a track the stand-in listens to.
      const started = Date.now();
      await transcript
        .getByRole('button', { name: `Transcribe again with browser on-device (${tag})` })
        .click();
      await transcript.getByText(/Transcribing again/).waitFor();
      await transcript.getByRole('button', { name: /Transcribe again/ }).waitFor({ timeout: 60_000 });
      console.log(
        `browser engine (${tag}): the recording transcribed again in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(await starts()).toEqual([
        { ...live, page: 'interview' },
        { ...live, page: 'session' },
      ]);
      expect((await words.allInnerTexts()).join(' ')).toBe(heard.join(' '));

      // Word times are estimated from when the phrases arrived: the last word is seconds into the answer,
      // and clicking it moves the replay there.
      await expectLastWordSeeks(review, answer, words, [1, 6]);

      expectNoPageErrors(page);
      expectRequestsStayOnOrigin(page);
    },
    180_000,
  );
});
