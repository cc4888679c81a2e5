// Smoke test: the built app loads in a real browser, renders, stays on its own origin and throws nothing.
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  appUrl,
  expectNoPageErrors,
  expectRequestsStayOnOrigin,
  launchBrowser,
  openApp,
  requestedUrls,
} from './support/browser.ts';
import type { LaunchedBrowser } from './support/browser.ts';

let browser: LaunchedBrowser;

beforeEach(async () => {
  browser = await launchBrowser();
});

afterEach(async () => {
  await browser.close();
});

test('the app opens with its title, renders, and makes no outside request', async () => {
  const { page } = browser;
  await openApp(page);

  expect((await page.title()).trim()).toContain('Viva');
  // The title comes from static HTML; content inside #root proves the bundle ran and React mounted.
  await page.locator('#root > *').first().waitFor({ state: 'attached', timeout: 10_000 });
  // Late requests (lazy chunks, fonts, anything third-party) count too, so wait for the network to settle.
  await page.waitForLoadState('networkidle');

  // The recorder must have seen the page itself, or the origin check below would pass on an empty list.
  expect(requestedUrls(page)).toContain(appUrl('/'));
  expectRequestsStayOnOrigin(page);
  expectNoPageErrors(page);
});
