import type { LanguagePacks, Recognisers } from './recognition.ts';

// Each recogniser's code loads when it is first asked for, never with the first page.
const browserRecognition = () => import('./browser/browser-recognition.ts');

const browserPacks: LanguagePacks = {
  availability: async (language) => (await browserRecognition()).browserLanguagePacks.availability(language),
  install: async (language) => (await browserRecognition()).browserLanguagePacks.install(language),
};

/** The browser's recognisers: its on-device engine, and Whisper (whisper.cpp) in a worker. */
export function createBrowserRecognisers(): Recognisers {
  return {
    browserPacks,
    startBrowser: async () => (await browserRecognition()).startBrowserEngine(),
    startWhisper: async (model) => (await import('./whisper/whisper-engine.ts')).startWhisperEngine(model),
  };
}
