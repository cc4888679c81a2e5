import { browserLanguagePacks, startBrowserEngine } from './browser/browser-recognition.ts';
import type { Recognisers } from './recognition.ts';

/** The browser's recognisers: its on-device engine, and Whisper in a worker. */
export function createBrowserRecognisers(): Recognisers {
  return {
    browserPacks: browserLanguagePacks,
    startBrowser: startBrowserEngine,
    // whisper.cpp loads here, when an answer is first transcribed, never with the first page.
    startWhisper: async (model) => (await import('./whisper/whisper-engine.ts')).startWhisperEngine(model),
  };
}
