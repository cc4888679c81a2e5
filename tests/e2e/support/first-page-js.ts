// The JavaScript the first page (the library, `#/`) needs: which files real Chromium requests until the
// library can be used, and their gzip sizes, compressed here from dist/ so the figure is the same every run.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { appUrl, openApp, requestedUrls } from './browser.ts';

/** The most JavaScript, gzip-compressed, the library may need before it can be used (the budget). */
export const FIRST_PAGE_JS_BUDGET_BYTES = 150_000;

export interface FirstPageJs {
  /** dist/-relative paths and sizes of the JS files requested until the library was interactive. */
  readonly files: readonly { readonly path: string; readonly bytes: number; readonly gzipBytes: number }[];
  readonly gzipBytes: number;
  /** From navigation start to the first frame with the library's script list shown. */
  readonly interactiveMs: number;
}

/** The library is usable once its list of scripts shows at least one script (the catalog has loaded). */
function libraryShown(): number | false {
  return document.querySelector('[aria-label="Scripts"] article') !== null && performance.now();
}

/** Opens `#/` in `page` (a fresh one, for a cold cache), waits until the library is interactive, and sizes its JS. */
export async function measureFirstPageJs(page: Page, distDir: string): Promise<FirstPageJs> {
  await openApp(page, '/#/');
  const shownAt = await page.waitForFunction(libraryShown, undefined, { polling: 'raf' });
  const interactiveMs = (await shownAt.jsonValue()) as number;
  const base = new URL(appUrl('/'));
  const scripts = [
    ...new Set(
      requestedUrls(page)
        .map((url) => new URL(url))
        .filter((url) => url.origin === base.origin && url.pathname.endsWith('.js'))
        .map((url) => url.pathname.slice(base.pathname.length)),
    ),
  ].sort();
  const files = await Promise.all(
    scripts.map(async (path) => {
      const content = await readFile(resolve(distDir, path));
      // Level 9, as a server precompressing static files would use; the same bytes give the same size.
      return { path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    }),
  );
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0), interactiveMs };
}
