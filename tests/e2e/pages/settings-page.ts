// Settings as a user works through them: the interview defaults, and deleting all their data.
import type { Locator, Page } from 'playwright-core';

export class SettingsPage {
  constructor(readonly page: Page) {}

  /** Goes to Settings through the navigation, as a user would from any page. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  }

  get interviewDefaults(): Locator {
    return this.page.getByRole('region', { name: 'Interview defaults' });
  }

  get speechModel(): Locator {
    return this.page.getByRole('region', { name: 'Transcripts' });
  }

  /** Chooses a Whisper model file, as through the file picker. */
  async chooseSpeechModel(path: string): Promise<void> {
    await this.speechModel.getByLabel('Whisper model file').setInputFiles(path);
  }

  /** Chooses a Whisper model file and waits until Settings says it is stored. */
  async storeSpeechModel(path: string): Promise<void> {
    await this.chooseSpeechModel(path);
    await this.speechModel.getByText(/is stored: answers are transcribed with it from now on/).waitFor();
  }

  /** Chooses the browser's on-device recogniser for a language whose pack is installed, and waits until saved. */
  async chooseBrowserRecogniser(language: 'English' | 'German' | 'Russian'): Promise<void> {
    const row = this.speechModel.getByRole('group', { name: `${language} answers` });
    await row.getByText(/installed on this device/).waitFor();
    await row.getByRole('radio', { name: 'The browser’s on-device recogniser' }).check();
    await this.speechModel.getByText('Saved.').waitFor();
  }

  get dangerZone(): Locator {
    return this.page.getByRole('region', { name: 'Delete all my data' });
  }

  get deleteDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Delete all your data?' });
  }

  /** Asks to delete all data and opens the confirmation, whose text is returned. */
  async askToDeleteAllData(): Promise<string> {
    await this.dangerZone.getByRole('button', { name: 'Delete all my data…' }).click();
    await this.deleteDialog.waitFor();
    return this.deleteDialog.innerText();
  }

  /** Answers the open confirmation. */
  async answerDeleteDialog({ confirm }: { confirm: boolean }): Promise<void> {
    await this.deleteDialog.getByRole('button', { name: confirm ? 'Delete everything' : 'Cancel' }).click();
    await this.deleteDialog.waitFor({ state: 'hidden' });
  }
}
