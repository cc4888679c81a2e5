// What the transcription page offers the CLI, on window.vivaTranscribe: types only, so Node compiles
// against it too (the page itself runs in Chromium, with the app's modules).
import type { RecognisedWord, RecognitionLanguage } from '../../../src/platform/recognition/recognition.ts';

/** The global the page puts its function on. */
export const PAGE_GLOBAL = 'vivaTranscribe';
/** Where the CLI's server serves the model. */
export const MODEL_PATH = '/__transcribe/model';
/** Where the CLI's server serves the audio files, by their index on the command line. */
export const AUDIO_PATH = '/__transcribe/audio';

/** One file's outcome: its words, or why it has none. */
export type TranscribedFile =
  | { readonly ok: true; readonly words: readonly RecognisedWord[] }
  | { readonly ok: false; readonly problem: string };

export type TranscribePage = (count: number, language: RecognitionLanguage) => Promise<TranscribedFile[]>;
