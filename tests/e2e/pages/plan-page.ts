// A script's plan page as a user sees it: its heading, and for imported scripts Export and Delete.
import type { Download, Locator, Page } from 'playwright-core';

export class PlanPage {
  constructor(readonly page: Page) {}

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  /** Clicks Export and returns the download the browser started. */
  async export(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Export' }).click(),
    ]);
    return download;
  }

  /** Clicks Delete… and answers the confirmation dialog. */
  async delete({ confirm }: { confirm: boolean }): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete this script?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: confirm ? 'Delete' : 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
