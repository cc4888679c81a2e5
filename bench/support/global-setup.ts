// Runs beside the end-to-end global setup (Chromium, real speech, the built app): serves the harness page,
// starts results.json afresh, and at the end prints the table of figures.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { clearResults, RESULTS_FILE, resultsTable } from './results.ts';

const HARNESS_CONFIG = resolve(import.meta.dirname, '../vite.config.ts');
const HARNESS_BUILD = resolve(import.meta.dirname, '../../.e2e-tmp/bench-harness/index.html');

/** Vitest global setup: provides `harnessURL`; the teardown prints the results and fails on a missing figure. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(HARNESS_BUILD)) {
    throw new Error('The bench harness is not built: run `npm run bench`, which builds it first.');
  }
  clearResults();
  const server = await preview({
    configFile: HARNESS_CONFIG,
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const localUrl = server.resolvedUrls?.local[0];
  if (localUrl === undefined) {
    await server.close();
    throw new Error('vite preview started the harness but reported no local URL.');
  }
  project.provide('harnessURL', localUrl.replace(/\/$/, ''));

  return async () => {
    await server.close();
    const { table, missing } = resultsTable();
    console.info(`\nViva benchmark (${RESULTS_FILE}):\n${table}\n`);
    if (missing.length > 0) throw new Error(`The bench did not measure: ${missing.join(', ')}`);
  };
}
