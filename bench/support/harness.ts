// Opens the harness page (bench/harness) and calls what it offers; serves it the bench's files.
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { FIXTURE_PATH, HARNESS_GLOBAL, type BenchHarness } from '../harness/api.ts';

/** Files the page may GET under FIXTURE_PATH, by name; a PUT of a name listed here writes that file. */
export type FixtureFiles = Readonly<Record<string, string>>;

/** Serves `files` to `page` under FIXTURE_PATH (GET) and takes uploads into them (PUT). */
async function serveFixtures(page: Page, files: FixtureFiles): Promise<void> {
  await page.route(`**${FIXTURE_PATH}/*`, async (route) => {
    const request = route.request();
    const name = new URL(request.url()).pathname.slice(FIXTURE_PATH.length + 1);
    const path = files[name];
    if (path === undefined) {
      await route.fulfill({ status: 404, body: `The bench serves no ${name}.` });
      return;
    }
    if (request.method() === 'PUT') {
      // Written aside and renamed, so an interrupted run never leaves a half file that later runs would reuse.
      const partial = `${path}.${process.pid}.partial`;
      await writeFile(partial, request.postDataBuffer() ?? Buffer.alloc(0));
      await rename(partial, path);
      await route.fulfill({ status: 204 });
      return;
    }
    await route.fulfill({ status: 200, body: await readFile(path) });
  });
}

/** Opens the harness in `page`, serving it `files`, and waits until it offers itself on window. */
export async function openHarness(page: Page, files: FixtureFiles = {}): Promise<void> {
  await serveFixtures(page, files);
  await page.goto(`${inject('harnessURL')}/`);
  await page.waitForFunction((name) => name in window, HARNESS_GLOBAL);
}

/** Calls one of the harness's functions in `page` and returns its result. */
export async function callHarness<K extends keyof BenchHarness>(
  page: Page,
  name: K,
  ...args: Parameters<BenchHarness[K]>
): Promise<Awaited<ReturnType<BenchHarness[K]>>> {
  return page.evaluate(
    async ({ global, name, args }) => {
      const harness = (window as unknown as Record<string, BenchHarness>)[global];
      if (harness === undefined) throw new Error('The harness page has not started.');
      const call = harness[name] as (...values: unknown[]) => Promise<unknown>;
      return call(...args);
    },
    { global: HARNESS_GLOBAL, name, args },
  ) as Promise<Awaited<ReturnType<BenchHarness[K]>>>;
}
