// A Whisper model the site serves, in real Chromium: a deployment that puts one at models/whisper.bin (here the
// tests' model, linked into a copy of the build) has it offered in Settings with its size, downloaded only when
// asked, from the site itself, and kept. A site without one offers nothing, and with transcription off the
// page does not even ask.
import { cp, mkdir, rm, symlink } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SettingsPage } from './pages/settings-page.ts';
import { serveApp, type AppServer } from './support/app-server.ts';
import {
  expectNoPageErrors,
  expectRequestsStayOnOrigin,
  launchBrowser,
  openApp,
  requestedUrls,
  type LaunchedBrowser,
} from './support/browser.ts';
import { whisperModelPath } from './support/whisper-model.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const HOSTED_BUILD = resolve(ROOT, '.e2e-tmp/hosted-model-build');
const modelRequests = (urls: readonly string[]) => urls.filter((url) => url.endsWith('/models/whisper.bin'));

describe('a model served by the site', () => {
  let server: AppServer | undefined;
  const browsers: LaunchedBrowser[] = [];

  beforeAll(async () => {
    // The build as a deployer would ship it, with the model beside the app.
    await rm(HOSTED_BUILD, { recursive: true, force: true });
    await cp(resolve(ROOT, 'dist'), HOSTED_BUILD, { recursive: true });
    await mkdir(resolve(HOSTED_BUILD, 'models'));
    await symlink(whisperModelPath(), resolve(HOSTED_BUILD, 'models/whisper.bin'));
    server = await serveApp(ROOT, { outDir: HOSTED_BUILD });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
    await server?.close();
    await rm(HOSTED_BUILD, { recursive: true, force: true });
  });

  it('is offered with its size, downloaded from the site when asked, and kept', async () => {
    const browser = await launchBrowser(server ? { baseURL: server.url } : {});
    browsers.push(browser);
    const { page } = browser;
    await openApp(page);
    const settings = new SettingsPage(page);
    await settings.open();
    const offer = settings.speechModel.getByText(/^This site offers a model:/);
    expect(await offer.innerText()).toMatch(
      /^This site offers a model: Whisper base · English, German and Russian · q8_0, 82 MB\./,
    );
    // Looking for it read its header only.
    expect(modelRequests(requestedUrls(page))).toHaveLength(1);

    await settings.speechModel.getByRole('button', { name: "Download this site's model" }).click();
    await settings.speechModel
      .getByText('whisper.bin is stored: answers are transcribed with it from now on.')
      .waitFor({ timeout: 60_000 });
    const stored = /^Model: whisper\.bin · Whisper base · English, German and Russian · q8_0 · 82 MB$/;
    expect(await settings.speechModel.getByText(/^Model:/).innerText()).toMatch(stored);
    expect(await offer.count()).toBe(0);

    // Kept in the browser: after a reload it is there without another download.
    await page.reload();
    await settings.speechModel.getByText(/^Model:/).waitFor();
    expect(await settings.speechModel.getByText(/^Model:/).innerText()).toMatch(stored);
    expect(modelRequests(requestedUrls(page))).toHaveLength(2);
    expectRequestsStayOnOrigin(page);
    expectNoPageErrors(page);
  }, 120_000);

  it('is not offered by a site without one, nor looked for with transcription off', async () => {
    const browser = await launchBrowser();
    browsers.push(browser);
    const { page } = browser;
    await openApp(page);
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.speechModel.getByText('No model chosen yet: answers are not transcribed.').waitFor();
    await page.waitForLoadState('networkidle');
    expect(modelRequests(requestedUrls(page))).toHaveLength(1);
    expect(await settings.speechModel.getByText(/This site offers a model/).count()).toBe(0);

    // The box shows the stored setting: it turns off once the setting is saved, which a click only starts.
    const transcribe = settings.speechModel.getByLabel('Transcribe my answers on this device');
    await transcribe.click();
    await page.waitForFunction(
      () => !document.querySelector<HTMLInputElement>('.transcribe-switch input')?.checked,
    );
    await page.reload();
    await settings.speechModel.getByText('No model chosen yet: answers are not transcribed.').waitFor();
    await page.waitForLoadState('networkidle');
    expect(modelRequests(requestedUrls(page))).toHaveLength(1);
    expectNoPageErrors(page);
  });
});
