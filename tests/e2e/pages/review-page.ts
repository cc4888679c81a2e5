// An interview's review as a user works through it: replay an answer, pin a note, rate, export.
import type { Download, Locator, Page } from 'playwright-core';

export class ReviewPage {
  constructor(readonly page: Page) {}

  /** Waits until the review of an interview is shown. */
  async waitForReview(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: /^Review:/ }).waitFor();
  }

  /** The review section of one answer, found by its heading. */
  answer(heading: string | RegExp): Locator {
    return this.page.getByRole('region', { name: heading });
  }

  waveform(answer: Locator): Locator {
    return answer.locator('.player-waveform');
  }

  /** How many pixels of the answer's waveform are painted, once it is drawn: none means nothing was drawn. */
  async paintedPixels(answer: Locator): Promise<number> {
    const canvas = this.waveform(answer).locator('canvas').first();
    await canvas.waitFor();
    return canvas.evaluate((element: HTMLCanvasElement) => {
      const data = element.getContext('2d')?.getImageData(0, 0, element.width, element.height).data ?? [];
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count++;
      return count;
    });
  }

  async play(answer: Locator): Promise<void> {
    await answer.getByRole('button', { name: 'Play' }).click();
  }

  /** The words of an answer's transcript, each a button that moves the replay to it. */
  transcriptWords(answer: Locator): Locator {
    return this.transcript(answer).locator('.transcript-word');
  }

  /** The transcript part of an answer's review: its words, or where its transcription stands. */
  transcript(answer: Locator): Locator {
    return answer.getByRole('region', { name: /^Transcript/ });
  }

  /** Saves an answer's transcript in a format and returns the download. */
  async downloadTranscript(answer: Locator, format: 'txt' | 'vtt'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.transcript(answer)
      .getByRole('button', { name: `Download .${format}` })
      .click();
    return download;
  }

  /** The player's "current / total" time, such as "0:01 / 0:03". */
  async position(answer: Locator): Promise<string> {
    return answer.locator('.player-time').innerText();
  }

  async pinNote(answer: Locator, text: string): Promise<void> {
    await answer.getByRole('button', { name: /^Pin a note at/ }).click();
    await answer.getByRole('textbox', { name: 'Pinned note' }).fill(text);
    await answer.getByRole('button', { name: 'Save the pinned note' }).click();
    await answer
      .getByRole('list', { name: 'Pinned notes' })
      .getByRole('listitem')
      .filter({ hasText: text })
      .waitFor();
  }

  async rate(answer: Locator, rating: number): Promise<void> {
    await answer.getByRole('radio', { name: new RegExp(`^${rating} `) }).check();
  }

  /** Exports the interview and returns the download. */
  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export this interview' }).click();
    return download;
  }
}
