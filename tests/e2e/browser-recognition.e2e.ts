// The browser's on-device recogniser as an engine, in real Chromium. The real API first: Chromium here has
// no language pack and no network, so Settings says German "can be installed", and Install shows the
// browser's refusal, changing nothing. Then a scripted stand-in for SpeechRecognition (this machine cannot
// install a pack, so the real one cannot recognise here): English is set to the browser's recogniser in
// Settings, with no Whisper model stored; an answer from the fake microphone is transcribed in the review
// from the recording played into a track, on-device mode on; a click on a word moves the replay there.
import { afterAll, describe, expect, it } from 'vitest';
import { SettingsPage } from './pages/settings-page.ts';
import {
  expectNoPageErrors,
  expectRequestsStayOnOrigin,
  launchBrowser,
  openApp,
  type LaunchedBrowser,
} from './support/browser.ts';
import { answerAndOpenReview, browserSaying, expectLastWordSeeks } from './support/transcribed-answer.ts';

/** What the stand-in "hears", a phrase every 1.5 s after it starts; what stop() finds unsent comes then. */
const scripted = ['I would start with the requirements', 'and then draw the simplest design'];

/**
 * Replaces SpeechRecognition in the page: it refuses to listen unless on-device mode is on and it is given
 * a live audio track (never the microphone), and logs how it was started in window.recognitionStarts.
 */
function installScriptedRecogniser(phrases: readonly string[]): void {
  interface Started {
    processLocally: boolean;
    lang: string;
    continuous: boolean;
    interimResults: boolean;
    liveAudioTrack: boolean;
  }
  const starts: Started[] = [];
  (window as unknown as { recognitionStarts: Started[] }).recognitionStarts = starts;
  class ScriptedRecognition {
    static available(options: { processLocally?: boolean }): Promise<string> {
      return Promise.resolve(options.processLocally === true ? 'available' : 'unavailable');
    }
    static install(): Promise<boolean> {
      return Promise.resolve(true);
    }
    processLocally = false;
    lang = '';
    continuous = false;
    interimResults = true;
    maxAlternatives = 1;
    onstart: (() => void) | null = null;
    onresult: ((event: unknown) => void) | null = null;
    onerror: ((event: { error: string; message: string }) => void) | null = null;
    onend: (() => void) | null = null;
    private sent = 0;
    private timers: number[] = [];
    start(track?: MediaStreamTrack): void {
      const liveAudioTrack =
        track instanceof MediaStreamTrack && track.kind === 'audio' && track.readyState === 'live';
      const { processLocally, lang, continuous, interimResults } = this;
      starts.push({ processLocally, lang, continuous, interimResults, liveAudioTrack });
      if (!processLocally || !liveAudioTrack) {
        setTimeout(() => {
          this.onerror?.({
            error: 'not-allowed',
            message: 'the stand-in listens on the device to a track only',
          });
          this.onend?.();
        });
        return;
      }
      setTimeout(() => this.onstart?.());
      this.timers = phrases.map((_, index) =>
        window.setTimeout(
          () => {
            this.send();
          },
          1500 * (index + 1),
        ),
      );
    }
    stop(): void {
      this.timers.forEach((timer) => {
        clearTimeout(timer);
      });
      while (this.sent < phrases.length) this.send();
      setTimeout(() => this.onend?.(), 50);
    }
    abort(): void {
      this.timers.forEach((timer) => {
        clearTimeout(timer);
      });
      setTimeout(() => this.onend?.());
    }
    private send(): void {
      this.sent += 1;
      const results = phrases
        .slice(0, this.sent)
        .map((transcript) => Object.assign([{ transcript, confidence: 0.9 }], { isFinal: true }));
      this.onresult?.({ resultIndex: this.sent - 1, results });
    }
  }
  Object.defineProperty(window, 'SpeechRecognition', { value: ScriptedRecognition, configurable: true });
}

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
    const english = settings.speechModel.getByRole('group', { name: 'English answers' });
    await english.getByText(/installed on this device/).waitFor();
    await english.getByRole('radio', { name: 'The browser’s on-device recogniser' }).check();
    await settings.speechModel.getByText('Saved.').waitFor();

    const review = await answerAndOpenReview(browser, 'e2e-one-answer', [6_000, 'skip', 'skip']);
    const answer = review.answer(/^Opening/);
    const transcript = review.transcript(answer);
    const started = Date.now();
    await expect
      .poll(() => transcript.innerText(), { timeout: 60_000, interval: 500 })
      .toMatch(/Made on this device|could not|stopped|No engine/);
    expect(await transcript.innerText()).toMatch(/Made on this device by browser on-device \(en-US\)/);
    // The recording is played to the recogniser in real time: about the answer's length.
    console.log(
      `browser engine: transcript ${((Date.now() - started) / 1000).toFixed(1)} s after the review opened`,
    );
    const words = review.transcriptWords(answer);
    expect((await words.allInnerTexts()).join(' ')).toBe(scripted.join(' '));

    // The stand-in was started once, on the device, in English, on a live audio track.
    expect(
      await page.evaluate(() => (window as unknown as { recognitionStarts: unknown }).recognitionStarts),
    ).toEqual([
      { processLocally: true, lang: 'en-US', continuous: true, interimResults: false, liveAudioTrack: true },
    ]);

    // Word times are estimated from when the phrases arrived: the last word is seconds into the answer,
    // and clicking it moves the replay there.
    await expectLastWordSeeks(review, answer, words, [1, 6]);

    expectNoPageErrors(page);
    expectRequestsStayOnOrigin(page);
  }, 180_000);
});
