// The JavaScript the first page (the library, `#/`) needs: which files real Chromium has loaded by the time
// the library shows its scripts, and their gzip sizes, compressed here from dist/ so the figure is the same
// every run.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { appUrl, openApp } from './browser.ts';

/** The most JavaScript, gzip-compressed, the library may need before it can be used. */
export const FIRST_PAGE_JS_BUDGET_BYTES = 90_000;

export interface FirstPageJs {
  /** dist/-relative paths and sizes of the JS files loaded until the library was interactive. */
  readonly files: readonly { readonly path: string; readonly bytes: number; readonly gzipBytes: number }[];
  readonly gzipBytes: number;
  /** From navigation start to the first frame with the library's script list shown. */
  readonly interactiveMs: number;
}

interface Shown {
  readonly at: number;
  readonly scripts: readonly string[];
}

const shownKey = '__vivaLibraryShown';

/**
 * Watches, from before the app's first script runs, for the first animation frame in which the library
 * lists a script, and notes then the time and every JavaScript file the page has loaded. The watch's
 * callback is registered a frame ahead, so it runs before any the app registers for that same frame: what
 * the app starts after its first paint (the database, the service worker) is never counted.
 */
function watchForLibrary(key: string): void {
  const check = () => {
    if (document.querySelector('[aria-label="Scripts"] article') === null) {
      requestAnimationFrame(check);
      return;
    }
    const scripts = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => new URL(name).pathname.endsWith('.js'));
    (window as unknown as Record<string, Shown>)[key] = { at: performance.now(), scripts };
  };
  requestAnimationFrame(check);
}

/** Opens `#/` in `page` (a fresh one, for a cold cache), waits until the library is interactive, and sizes its JS. */
export async function measureFirstPageJs(page: Page, distDir: string): Promise<FirstPageJs> {
  await page.addInitScript(watchForLibrary, shownKey);
  await openApp(page, '/#/');
  const handle = await page.waitForFunction(
    (key) => (window as unknown as Record<string, Shown | undefined>)[key],
    shownKey,
  );
  const shown = await handle.jsonValue();
  if (shown === undefined) throw new Error('The library never showed a script.');
  const base = new URL(appUrl('/'));
  const scripts = [
    ...new Set(
      shown.scripts
        .map((url) => new URL(url))
        .filter((url) => url.origin === base.origin)
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
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0), interactiveMs: shown.at };
}
