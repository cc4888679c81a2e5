import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The benchmark harness page (bench/harness), built apart from the app so no bench code ships in dist/.
export default defineConfig({
  root: resolve(import.meta.dirname, 'harness'),
  // The app's static files, whisper.cpp's WebAssembly build among them (scripts/whisper-wasm.sh).
  publicDir: resolve(import.meta.dirname, '../public'),
  logLevel: 'warn',
  build: {
    target: 'es2023',
    outDir: resolve(import.meta.dirname, '../.e2e-tmp/bench-harness'),
    emptyOutDir: true,
  },
  // Cross-origin isolated as the app is (vite.config.ts): the Whisper engine's threads need it.
  preview: {
    host: '127.0.0.1',
    headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
  },
});
