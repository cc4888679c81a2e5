import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { builtinScripts } from '../scripts/builtin-scripts-plugin.ts';

// The benchmarks (`npm run bench`): the end-to-end set-up (real Chromium, real speech, the built app) plus
// the harness page; minutes long, so never part of `npm test`.
export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  // The library's scripts, for the store code that looks a script up (progress at scale).
  plugins: [builtinScripts()],
  test: {
    include: ['bench/*.measure.ts'],
    environment: 'node',
    // The bench's own first, so its teardown (which fails the run on a missing figure) runs after the others.
    globalSetup: ['bench/support/global-setup.ts', 'tests/e2e/support/global-setup.ts'],
    // One browser at a time, as in the end-to-end tests: parallel browsers would measure each other.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 600_000,
    hookTimeout: 300_000,
    teardownTimeout: 30_000,
  },
});
