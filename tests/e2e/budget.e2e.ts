// The first page's JavaScript stays within its budget, and the review and waveform code are not part of it.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoPageErrors, launchBrowser, type LaunchedBrowser } from './support/browser.ts';
import { FIRST_PAGE_JS_BUDGET_BYTES, measureFirstPageJs } from './support/first-page-js.ts';

const DIST = resolve(import.meta.dirname, '../../dist');

describe('the first page', () => {
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it(`needs at most ${FIRST_PAGE_JS_BUDGET_BYTES / 1000} KB of gzip JavaScript, without the review or the waveform`, async () => {
    const firstPage = await measureFirstPageJs(browser.page, DIST);
    console.info(
      `first page JS: ${(firstPage.gzipBytes / 1000).toFixed(1)} KB gzip (budget ${FIRST_PAGE_JS_BUDGET_BYTES / 1000} KB): ` +
        firstPage.files.map((file) => `${file.path} ${(file.gzipBytes / 1000).toFixed(1)} KB`).join(', '),
    );
    expect(firstPage.files.length).toBeGreaterThan(0);
    expect(firstPage.gzipBytes).toBeLessThanOrEqual(FIRST_PAGE_JS_BUDGET_BYTES);
    const paths = firstPage.files.map((file) => file.path);
    expect(paths.filter((path) => /(ReviewPage|wavesurfer|InterviewPage)/.test(path))).toEqual([]);
    expectNoPageErrors(browser.page);
  });
});
