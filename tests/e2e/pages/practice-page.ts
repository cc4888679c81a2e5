// The practice plan as a user goes through it: plan the interview, see today's questions, practise them.
import type { Locator, Page } from 'playwright-core';

export class PracticePage {
  constructor(readonly page: Page) {}

  /** Opens the plan from the main navigation and waits until it has been read. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Practice plan' }).waitFor();
    await this.page.getByText('Loading your practice…').waitFor({ state: 'detached' });
  }

  /** Fills in the interview's name, its date (`2026-12-14`) and the scripts it covers, and saves. */
  async plan(name: string, date: string, scripts: readonly string[]): Promise<void> {
    await this.page.getByLabel('Interview', { exact: true }).fill(name);
    await this.page.getByLabel(/^Date/).fill(date);
    const covers = this.page.getByRole('group', { name: 'What it covers' });
    for (const script of scripts) await covers.getByRole('checkbox', { name: script }).check();
    await this.page.getByRole('button', { name: 'Save the plan' }).click();
    await this.page.getByText('Plan saved.').waitFor();
  }

  /** "Today: 3 questions, ~2 min", once the plan is read. */
  get today(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /^Today:/ });
  }

  get readiness(): Locator {
    return this.page.getByRole('region', { name: 'Readiness' });
  }

  /** The calendar's cell for a day (`2026-12-14`). */
  calendarDay(date: string): Locator {
    return this.page.locator(`.practice-calendar td[data-day="${date}"]`);
  }

  /** The local date in the browser, `days` from today, as a date input writes it. */
  async localDate(days = 0): Promise<string> {
    return this.page.evaluate((ahead) => {
      const day = new Date();
      day.setDate(day.getDate() + ahead);
      return day.toLocaleDateString('sv');
    }, days);
  }
}
