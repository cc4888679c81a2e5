// Serves the transcription page (page/) with Vite, the model and the audio files beside it, and drives it in
// headless Chromium. Files go through the server, not the debugging protocol: a model is too big for that.
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer, type Plugin } from 'vite';
import type { RecognitionLanguage } from '../../src/platform/recognition/recognition.ts';
import { findChromium } from '../../tests/e2e/support/executables.ts';
import {
  AUDIO_PATH,
  MODEL_PATH,
  PAGE_GLOBAL,
  type TranscribedFile,
  type TranscribePage,
} from './page/api.ts';

const PAGE_ROOT = resolve(import.meta.dirname, 'page');

/** Serves the model at MODEL_PATH and the n-th audio file at AUDIO_PATH/n, read from disk as they are. */
function servedFiles(model: string, audio: readonly string[]): Plugin {
  return {
    name: 'viva-transcribe-files',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        const index = path.startsWith(`${AUDIO_PATH}/`) ? Number(path.slice(AUDIO_PATH.length + 1)) : -1;
        const file = path === MODEL_PATH ? model : audio[index];
        if (file === undefined) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'application/octet-stream');
        createReadStream(file).pipe(response);
      });
    },
  };
}

/** Transcribes `audio` with `model` in Chromium; the page's own failures (the model not loading) reject. */
export async function transcribeInChromium(
  model: string,
  audio: readonly string[],
  language: RecognitionLanguage,
): Promise<TranscribedFile[]> {
  const server = await createServer({
    configFile: false,
    root: PAGE_ROOT,
    // The app's static files, whisper.cpp's WebAssembly build among them (scripts/whisper-wasm.sh).
    publicDir: resolve(PAGE_ROOT, '../../../public'),
    logLevel: 'error',
    // No dependency pre-bundling: the page imports only the app's own modules, and a cache would be written.
    optimizeDeps: { noDiscovery: true, include: [] },
    server: {
      host: '127.0.0.1',
      port: 0,
      // Cross-origin isolation, as Viva is served: whisper.cpp's threads share memory.
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      },
    },
    plugins: [servedFiles(model, audio)],
  });
  await server.listen();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const url = server.resolvedUrls?.local[0];
    if (url === undefined) throw new Error('Vite started the transcription page but gave no address.');
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url);
    await page
      .waitForFunction((name) => name in window, PAGE_GLOBAL, { timeout: 60_000 })
      .catch((error: unknown) => {
        throw new Error(`The transcription page did not start: ${pageErrors.join('; ') || String(error)}`);
      });
    return await page.evaluate(
      async ({ name, count, language }) =>
        (window as unknown as Record<string, TranscribePage>)[name]?.(count, language) ?? [],
      { name: PAGE_GLOBAL, count: audio.length, language },
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
