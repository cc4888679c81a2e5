// The library's notice of interviews the app stopped in the middle of, and what a user does with it.
import type { Locator, Page } from 'playwright-core';

export class InterruptedNotice {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Interrupted interviews' });
  }

  /** The notice's entry for one interview, by its script's title. */
  entry(title: string): Locator {
    return this.region.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  async resume(title: string): Promise<void> {
    await this.entry(title).getByRole('link', { name: 'Resume' }).click();
    await this.page.getByRole('heading', { level: 1, name: `Resume: ${title}` }).waitFor();
  }

  async closeAsFinished(title: string): Promise<void> {
    await this.entry(title).getByRole('button', { name: 'Close as finished' }).click();
  }

  async review(title: string): Promise<void> {
    await this.entry(title).getByRole('link', { name: 'Review what was recorded' }).click();
  }
}
