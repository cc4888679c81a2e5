// axe-core on what a user sees: the library (light and dark, with an import error shown) and a plan.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { LibraryPage } from './pages/library-page.ts';
import { PlanPage } from './pages/plan-page.ts';
import { accessibilityViolations } from './support/axe.ts';
import { expectNoPageErrors, launchBrowser, openApp } from './support/browser.ts';
import type { LaunchedBrowser } from './support/browser.ts';

let browser: LaunchedBrowser;

beforeEach(async () => {
  browser = await launchBrowser();
});

afterEach(async () => {
  await browser.close();
});

test.each(['light', 'dark'] as const)('the library has no axe violations in %s mode', async (colorScheme) => {
  await browser.page.emulateMedia({ colorScheme });
  const library = new LibraryPage(browser.page);
  await library.open();
  expect(await accessibilityViolations(browser.page)).toEqual([]);
  expectNoPageErrors(browser.page);
});

test('the library showing an import error has no axe violations', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'viva-a11y-'));
  try {
    const broken = join(dir, 'broken.md');
    await writeFile(broken, '---\nid: x\n---\n## Opening (2 minuts)\nHi\n');
    const library = new LibraryPage(browser.page);
    await library.open();
    await library.importFile(broken);
    await library.importError.waitFor();
    expect(await accessibilityViolations(browser.page)).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a plan with code on screen has no axe violations', async () => {
  await openApp(browser.page, '/#/script/builtin/code-review');
  await new PlanPage(browser.page).heading('Code Review').waitFor();
  await browser.page.getByText('GetOrdersAsync', { exact: false }).first().waitFor();
  expect(await accessibilityViolations(browser.page)).toEqual([]);
  expectNoPageErrors(browser.page);
});
