import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium, and Firefox ESR and WebKitGTK in tests/e2e/browsers, against the built
// app served by `vite preview` (see tests/e2e/support).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // One browser at a time: the CI machine has two cores, and parallel browsers make timings flaky.
    fileParallelism: false,
    maxWorkers: 1,
    // Real browsers, real-time speech and recordings take seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
