// The library as a user sees it: steps (import a file, open a script by keyboard) and what they can read.
import type { Locator, Page } from 'playwright-core';
import { openRoute } from '../support/browser.ts';

export class LibraryPage {
  constructor(readonly page: Page) {}

  /** Opens the library (as its link does, when the app is open) and waits until its scripts are listed. */
  async open(): Promise<void> {
    await openRoute(this.page, '#/');
    await this.listed();
  }

  /** Reloads the page, as a user coming back later would, and waits for the list again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.listed();
  }

  /** The built-in scripts show at once; the imported ones once the database has been read. */
  private async listed(): Promise<void> {
    await this.cards.first().waitFor();
    await this.page.getByText('Loading your imported scripts…').waitFor({ state: 'detached' });
  }

  get cards(): Locator {
    return this.page.getByRole('list', { name: 'Scripts' }).getByRole('article');
  }

  /** Cards that carry the "Imported" badge. */
  get importedCards(): Locator {
    return this.cards.filter({ has: this.page.locator('.badge', { hasText: /^Imported$/ }) });
  }

  get status(): Locator {
    return this.page.locator('.import-status');
  }

  get importError(): Locator {
    return this.page.getByRole('alert');
  }

  /** What an import understood, shown before anything is stored. */
  get preview(): Locator {
    return this.page.getByRole('region', { name: /read as/ });
  }

  /** The preview's heading: "notes.md read as STAR stories: 1 script". */
  async previewHeading(): Promise<string> {
    return (await this.preview.getByRole('heading', { level: 2 }).innerText()).trim();
  }

  /** The lines of the file the preview lists as not used: "line 3: …". */
  async unusedLines(): Promise<string[]> {
    const list = this.preview.getByRole('list', { name: /^Not used:/ });
    return (await list.getByRole('listitem').allInnerTexts()).map((line) => line.trim());
  }

  /** The choice of language for a prompt of the preview ("Opening", a question's title). */
  previewLanguage(prompt: string): Locator {
    return this.preview.getByRole('combobox', { name: `Language of ${prompt}`, exact: true });
  }

  /** Reads the file again as the shape of this label. */
  async readAs(label: string): Promise<void> {
    await this.preview.getByRole('combobox', { name: 'Read the file as' }).selectOption({ label });
  }

  async confirmImport(): Promise<void> {
    await this.preview.getByRole('button', { name: /^Import \d+ scripts?$/ }).click();
  }

  async cancelImport(): Promise<void> {
    await this.preview.getByRole('button', { name: 'Cancel' }).click();
  }

  /** Chooses a file with the "Import script…" picker. */
  async importFile(path: string): Promise<void> {
    await this.page.locator('input[type=file]').setInputFiles(path);
  }

  /**
   * Drags a file over the library and drops it, as from the desktop: the page gets the same dragenter,
   * dragover and drop events with a real DataTransfer. `beforeDrop` runs while the file hovers.
   */
  async dropFile(name: string, text: string, beforeDrop?: () => Promise<void>): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ([fileName, content]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], fileName, { type: 'text/markdown' }));
        return transfer;
      },
      [name, text] as const,
    );
    const target = this.page.getByRole('heading', { level: 1, name: 'Library' });
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    if (beforeDrop) await beforeDrop();
    await target.dispatchEvent('drop', { dataTransfer });
  }

  /** What the library shows while a file is dragged over it. */
  get dropHint(): Locator {
    return this.page.getByText('Drop the file to import its scripts');
  }

  async titlesOf(cards: Locator): Promise<string[]> {
    return (await cards.getByRole('heading', { level: 2 }).allTextContents()).map((t) => t.trim());
  }

  /** How many imported scripts IndexedDB holds, read straight from the database the app writes. */
  async storedImportedCount(): Promise<number> {
    return this.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('viva');
          request.onerror = () => {
            reject(new Error(String(request.error)));
          };
          request.onsuccess = () => {
            const db = request.result;
            const count = db.transaction('importedScripts').objectStore('importedScripts').count();
            count.onsuccess = () => {
              db.close();
              resolve(count.result);
            };
            count.onerror = () => {
              db.close();
              reject(new Error(String(count.error)));
            };
          };
        }),
    );
  }

  /** Presses Tab until the card link of this title has focus, as a keyboard user would. */
  async tabToScript(title: string, maxPresses = 40): Promise<void> {
    const link = this.page.getByRole('link', { name: title, exact: true }).first();
    for (let press = 0; press < maxPresses; press += 1) {
      await this.page.keyboard.press('Tab');
      if (await link.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`"${title}" was not reached with ${maxPresses} presses of Tab.`);
  }

  /** Opens a script's plan with the keyboard only: Tab to its link, then Enter. */
  async openScriptByKeyboard(title: string): Promise<void> {
    await this.tabToScript(title);
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }
}
