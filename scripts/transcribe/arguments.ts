// What `npm run transcribe` was asked to do, read from its command line.
import {
  recognitionLanguages,
  type RecognitionLanguage,
} from '../../src/platform/recognition/recognition.ts';

export const USAGE = `Usage: npm run transcribe -- FILE… --language en|de|ru [--model PATH] [--json]

Transcribes audio files (WebM/Opus, WAV, or anything Chromium decodes) with Viva's own Whisper worker in
headless Chromium, and prints each word with its time. --json prints one line per file:
{ "file", "words": [{ "text", "startMs", "endMs" }], "text" }.
--model: a Whisper model in ggml format; by default the tests' model (npm run whisper-model makes it).`;

export interface TranscribeRequest {
  readonly files: readonly string[];
  readonly language: RecognitionLanguage;
  /** Absent: the tests' model in the model cache. */
  readonly model?: string;
  readonly json: boolean;
}

export type ParsedArguments =
  | { readonly ok: true; readonly request: TranscribeRequest }
  | { readonly ok: true; readonly help: true }
  | { readonly ok: false; readonly problem: string };

const isLanguage = (value: string): value is RecognitionLanguage =>
  recognitionLanguages.some((language) => language === value);

/** Reads `argv` (the arguments after the script's name): options anywhere, `--name value` or `--name=value`. */
export function parseTranscribeArguments(argv: readonly string[]): ParsedArguments {
  const files: string[] = [];
  let language: string | undefined;
  let model: string | undefined;
  let json = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--help' || argument === '-h') return { ok: true, help: true };
    if (argument === '--json') {
      json = true;
      continue;
    }
    const option = /^--(language|model)(?:=(.*))?$/.exec(argument);
    if (option === null) {
      if (argument.startsWith('--')) return { ok: false, problem: `unknown option ${argument}` };
      files.push(argument);
      continue;
    }
    const value = option[2] ?? argv[(index += 1)];
    if (value === undefined || value === '')
      return { ok: false, problem: `--${option[1] ?? ''} needs a value` };
    if (option[1] === 'language') language = value;
    else model = value;
  }
  if (files.length === 0) return { ok: false, problem: 'no audio file given' };
  if (language === undefined)
    return { ok: false, problem: `--language is required: one of ${recognitionLanguages.join(', ')}` };
  if (!isLanguage(language)) {
    return {
      ok: false,
      problem: `Viva transcribes ${recognitionLanguages.join(', ')}, not "${language}"`,
    };
  }
  return { ok: true, request: { files, language, json, ...(model === undefined ? {} : { model }) } };
}
