import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The benchmark harness page (bench/harness), built apart from the app so no bench code ships in dist/.
export default defineConfig({
  root: resolve(import.meta.dirname, 'harness'),
  logLevel: 'warn',
  build: {
    target: 'es2023',
    outDir: resolve(import.meta.dirname, '../.e2e-tmp/bench-harness'),
    emptyOutDir: true,
  },
  preview: { host: '127.0.0.1' },
});
