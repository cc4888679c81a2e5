// The first page's JavaScript stays within its budget: the library paints without the database, the
// catalog, the parser and its schema library, the review, the editor or the waveform, which all load later.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoPageErrors, launchBrowser, type LaunchedBrowser } from './support/browser.ts';
import { FIRST_PAGE_JS_BUDGET_BYTES, measureFirstPageJs } from './support/first-page-js.ts';

const DIST = resolve(import.meta.dirname, '../../dist');

/** Names each library defines in its bundled code, so a file holding it is found whatever its chunk is called. */
const laterLibraries = { Dexie: 'DexieError', zod: '$ZodError' };

describe('the first page', () => {
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it(`needs at most ${FIRST_PAGE_JS_BUDGET_BYTES / 1000} KB of gzip JavaScript, without the database, the catalog, the review or the waveform`, async () => {
    const firstPage = await measureFirstPageJs(browser.page, DIST);
    console.info(
      `first page JS: ${(firstPage.gzipBytes / 1000).toFixed(1)} KB gzip (budget ${FIRST_PAGE_JS_BUDGET_BYTES / 1000} KB): ` +
        firstPage.files.map((file) => `${file.path} ${(file.gzipBytes / 1000).toFixed(1)} KB`).join(', '),
    );
    expect(firstPage.files.length).toBeGreaterThan(0);
    expect(firstPage.gzipBytes).toBeLessThanOrEqual(FIRST_PAGE_JS_BUDGET_BYTES);
    const paths = firstPage.files.map((file) => file.path);
    expect(
      paths.filter((path) =>
        /(ReviewPage|InterviewPage|ScriptPlanPage|ScriptEditorPage|wavesurfer|builtin-scripts)/.test(path),
      ),
    ).toEqual([]);
    const code = (await Promise.all(paths.map((path) => readFile(resolve(DIST, path), 'utf8')))).join('\n');
    const included = Object.entries(laterLibraries).filter(([, marker]) => code.includes(marker));
    expect(included.map(([name]) => name)).toEqual([]);

    // What the first page left out still comes: the database opens and the imported scripts are read.
    await browser.page.getByText('Loading your imported scripts…').waitFor({ state: 'detached' });
    expectNoPageErrors(browser.page);
  });
});
