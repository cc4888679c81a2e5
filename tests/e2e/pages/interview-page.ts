// The interview as a user goes through it: choose the timing, check the microphone, answer each turn.
import type { Locator, Page } from 'playwright-core';
import { openRoute } from '../support/browser.ts';

export class InterviewPage {
  constructor(readonly page: Page) {}

  /** Opens the interview of a script (following a link when the app is open) and waits for the "Get ready" form. */
  async open(source: 'builtin' | 'imported', id: string): Promise<void> {
    await openRoute(this.page, `#/interview/${source}/${encodeURIComponent(id)}`);
    await this.page.getByRole('heading', { level: 1, name: /^Get ready/ }).waitFor();
  }

  /** Picks the timing mode and speech, then goes on to the microphone check. */
  async getReady(timing: 'Strict' | 'Soft' | 'Untimed', speech = true): Promise<void> {
    await this.page.getByRole('radio', { name: timing, exact: true }).check();
    const speak = this.page.getByRole('checkbox', { name: /Speak the questions aloud/ });
    if (speech) await speak.check();
    else await speak.uncheck();
    await this.page.getByRole('button', { name: 'Continue to the microphone check' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Check your microphone and the voice' }).waitFor();
  }

  get status(): Locator {
    return this.page.locator('.check [role=status]');
  }

  /** Waits until the microphone check hears the fake microphone. */
  async waitUntilHeard(): Promise<void> {
    await this.page.getByText('We hear you.', { exact: true }).waitFor();
  }

  async start(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start the interview' }).click();
  }

  get speaker(): Locator {
    return this.page.locator('.speaker');
  }

  get caption(): Locator {
    return this.page.getByRole('blockquote');
  }

  /** Waits until the prompt has been spoken and the answer is being recorded; returns the caption. */
  async waitForAnswering(timeout = 30_000): Promise<string> {
    await this.page.getByText('Your answer is being recorded').waitFor({ timeout });
    return this.caption.innerText();
  }

  /** Says "done" with the Space shortcut, as a candidate who does not look at the screen would. */
  async doneByKeyboard(): Promise<void> {
    await this.page.locator('body').press('Space');
  }

  async doneByButton(): Promise<void> {
    await this.page.getByRole('button', { name: /^Done answering/ }).click();
  }

  /** On a caption shown without speech: the candidate has read it and starts answering. */
  async startAnswering(): Promise<void> {
    await this.page.getByRole('button', { name: /^Start answering/ }).click();
  }

  /** Skips the current turn with the S shortcut. */
  async skipByKeyboard(): Promise<void> {
    await this.page.locator('body').press('s');
  }

  async resume(): Promise<void> {
    await this.page.getByRole('button', { name: /^Resume/ }).click();
  }

  /** The "Try again" of the microphone check, after the microphone could not be opened. */
  async retryMicrophone(): Promise<void> {
    await this.page.getByRole('button', { name: 'Try again' }).click();
  }

  /** An alert (assertive live region) saying `text`. */
  alert(text: RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  /** The warning that the microphone delivers no sound. */
  get silenceWarning(): Locator {
    return this.alert(/^We hear nothing from your microphone/);
  }

  /** The answer clock's reading, such as "0:27 left". */
  get timerReading(): Locator {
    return this.page.locator('.timer-value');
  }

  /**
   * With speech off: goes through the turns in order, answering one for the given milliseconds and then
   * saying done, or skipping it ('skip') while it is read, then waits for the summary at the end (unless
   * `toTheEnd` is false: the interview goes on after the turns given).
   */
  async answerTurns(turns: readonly (number | 'skip')[], toTheEnd = true): Promise<void> {
    for (const turn of turns) {
      await this.page.getByRole('button', { name: /^Start answering/ }).waitFor();
      if (turn === 'skip') {
        await this.skipByKeyboard();
        continue;
      }
      await this.startAnswering();
      await this.waitForAnswering();
      await this.page.waitForTimeout(turn);
      await this.doneByKeyboard();
    }
    if (toTheEnd) await this.waitForFinished();
  }

  /** With speech off: answers the opening for `answerMs` and skips each of the `laterTurns` after it. */
  async answerOpeningThenSkip(answerMs: number, laterTurns: number): Promise<void> {
    await this.answerTurns([answerMs, ...Array.from({ length: laterTurns }, () => 'skip' as const)]);
  }

  /** Ends the interview early, as the Escape key offers, and waits for the summary. */
  async end(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.getByRole('button', { name: 'End interview', exact: true }).click();
    await this.waitForFinished();
  }

  /** Waits for the summary at the end. */
  async waitForFinished(timeout = 30_000): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Interview finished' }).waitFor({ timeout });
  }

  get summaryRows(): Locator {
    return this.page.getByRole('table', { name: 'Your answers' }).locator('tbody tr');
  }
}
