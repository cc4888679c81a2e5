// The script editor as a user sees it: the Markdown field, its problems, Save and Run.
import type { Locator, Page } from 'playwright-core';

export class EditorPage {
  constructor(readonly page: Page) {}

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  get field(): Locator {
    return this.page.getByRole('textbox', { name: 'Script (Markdown)' });
  }

  async text(): Promise<string> {
    return this.field.inputValue();
  }

  /** The 1-based line number of the first line that is exactly `line`. */
  async lineNumberOf(line: string): Promise<number> {
    const index = (await this.text()).split('\n').indexOf(line);
    if (index < 0) throw new Error(`The editor has no line "${line}".`);
    return index + 1;
  }

  /** Replaces the whole text, as pasting over a selection of everything does. */
  async replaceText(text: string): Promise<void> {
    await this.field.fill(text);
  }

  /** The button that moves the caret to a problem's line. */
  problemAt(line: number): Locator {
    return this.page
      .locator('.problem-list li')
      .filter({ has: this.page.getByRole('button', { name: `Line ${line}`, exact: true }) });
  }

  /** The line numbers the gutter marks as wrong. */
  async markedLines(): Promise<number[]> {
    return (
      await this.page
        .locator('.gutter-error')
        .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-line')))
    ).map(Number);
  }

  get noProblems(): Locator {
    return this.page.getByText('No problems: the script can be saved.');
  }

  /** What the last Save said (saved, or why not). */
  get outcome(): Locator {
    return this.page.locator('.editor-outcome');
  }

  async saveByKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+S');
  }

  async saveByButton(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save Ctrl+S' }).click();
  }

  /** The plan preview beside the text. */
  get preview(): Locator {
    return this.page.getByRole('region', { name: 'Preview' });
  }

  /** The question asked when leaving with unsaved changes. */
  get leaveDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Leave without saving?' });
  }
}
