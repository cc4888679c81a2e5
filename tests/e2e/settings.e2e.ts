// Settings in real Chromium with real voices: choosing a German voice and rate, previewing it, and
// keeping the choice across a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe.ts';
import { expectNoPageErrors, launchBrowser, openApp, type LaunchedBrowser } from './support/browser.ts';
import { delayVoices } from './support/late-voices.ts';
import { recordSpeech, spokenUtterances } from './support/speech-log.ts';

describe('interviewer voices in settings', () => {
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    browser = await launchBrowser({ speech: true });
    await recordSpeech(browser.page);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('previews the chosen German voice at the chosen rate, and keeps the choice', async () => {
    const page = browser.page;
    await openApp(page, '/#/settings');
    const german = page.getByRole('group', { name: 'German', exact: true });
    const voice = german.getByRole('combobox', { name: 'Voice' });
    // Voices arrive asynchronously: wait until the German ones are offered.
    await german
      .getByRole('option', { name: /German.*espeak-ng/ })
      .first()
      .waitFor({ state: 'attached' });
    const chosen = await german
      .getByRole('option', { name: /German.*espeak-ng/ })
      .first()
      .innerText();
    await voice.selectOption({ label: chosen });
    await german.getByRole('slider', { name: 'Speaking rate' }).fill('1.5');
    await german.getByText('Saved.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await german.getByRole('button', { name: 'Preview' }).click();
    await german.getByText(/^Speaking with /).waitFor();
    await german.getByRole('button', { name: 'Preview' }).waitFor({ timeout: 20_000 });
    const preview = (await spokenUtterances(page)).at(-1);
    expect(preview?.voiceName).toBe(chosen.replace(/ \(on device\)$/, ''));
    expect(preview?.voiceLang).toMatch(/^de/i);
    expect(preview?.rate).toBe(1.5);
    expect(preview?.endAt).not.toBeNull();

    await page.reload();
    const reloaded = page.getByRole('group', { name: 'German', exact: true });
    await reloaded
      .getByRole('option', { name: /German.*espeak-ng/ })
      .first()
      .waitFor({ state: 'attached' });
    expect(
      await reloaded
        .getByRole('combobox', { name: 'Voice' })
        .evaluate((e: HTMLSelectElement) => e.selectedOptions[0]?.text),
    ).toBe(chosen);
    expect(await reloaded.getByRole('slider', { name: 'Speaking rate' }).inputValue()).toBe('1.5');
    expectNoPageErrors(page);
  });
});

describe('voices that come late', () => {
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    browser = await launchBrowser({ speech: true });
    await recordSpeech(browser.page);
    await delayVoices(browser.page, 10_000);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('offers and speaks the German voices an engine brings 10 s after the page loaded', async () => {
    const page = browser.page;
    await openApp(page, '/#/settings');
    // Before they come, Settings says there are none (and how to get some) instead of waiting for ever.
    await page.getByText('This browser offers no voices').waitFor();

    const german = page.getByRole('group', { name: 'German', exact: true });
    await german
      .getByRole('option', { name: /German.*espeak-ng/ })
      .first()
      .waitFor({ state: 'attached', timeout: 30_000 });
    const offeredAt = await page.evaluate(() => performance.now());
    expect(offeredAt).toBeGreaterThanOrEqual(10_000);

    await german.getByRole('button', { name: 'Preview' }).click();
    await german.getByText(/^Speaking with /).waitFor();
    await german.getByRole('button', { name: 'Preview' }).waitFor({ timeout: 20_000 });
    const preview = (await spokenUtterances(page)).at(-1);
    expect(preview?.voiceLang).toMatch(/^de/i);
    expect(preview?.endAt).not.toBeNull();
    expectNoPageErrors(page);
  });
});
