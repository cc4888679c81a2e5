// Start-up of the built app: the JavaScript the library needs (gzip) and the time until it is usable,
// each load in a fresh browser context so nothing comes from the cache.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { FIRST_PAGE_JS_BUDGET_BYTES, measureFirstPageJs } from '../tests/e2e/support/first-page-js.ts';
import { median } from '../tests/e2e/support/statistics.ts';
import { recordResults } from './support/results.ts';

const DIST = resolve(import.meta.dirname, '../dist');
const LOADS = 7;

describe('start-up', () => {
  it('loads the library with little JavaScript, quickly', async () => {
    const loads = [];
    for (let load = 0; load < LOADS; load += 1) {
      const browser = await launchBrowser();
      try {
        loads.push(await measureFirstPageJs(browser.page, DIST));
      } finally {
        await browser.close();
      }
    }
    const first = loads[0];
    if (first === undefined) throw new Error('No load was measured.');
    // The same files every time: the figure does not depend on timing.
    expect(new Set(loads.map((load) => load.gzipBytes)).size).toBe(1);
    const interactive = loads.map((load) => load.interactiveMs);
    const results = {
      firstPageJsGzipBytes: first.gzipBytes,
      firstPageJsBudgetBytes: FIRST_PAGE_JS_BUDGET_BYTES,
      firstPageJsFiles: Object.fromEntries(first.files.map((file) => [file.path, file.gzipBytes])),
      interactiveMs: Math.round(median(interactive) * 10) / 10,
      interactiveAllMs: interactive.map((ms) => Math.round(ms * 10) / 10),
    };
    console.info(`start-up: ${JSON.stringify(results)}`);
    recordResults({ startup: results });
  });
});
