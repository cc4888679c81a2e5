/**
 * `npm run transcribe -- FILE… --language en|de|ru [--model PATH] [--json]`: Viva's own Whisper worker, in
 * headless Chromium, on audio files, so transcription can be checked and measured outside the app.
 * Exit status: 0 all files transcribed, 1 a file could not be, 2 the command itself was wrong.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  readWhisperModelHeader,
  whisperHeaderBytes,
} from '../src/platform/recognition/whisper/whisper-model-header.ts';
import { modelTranscribes } from '../src/transcription/recognition-language.ts';
import { parseTranscribeArguments, USAGE } from './transcribe/arguments.ts';
import { jsonLine, wordLines } from './transcribe/output.ts';
import { transcribeInChromium } from './transcribe/run-in-chromium.ts';
import { modelPath } from './whisper-model/model-cache.ts';

function fail(problem: string, status = 2): never {
  console.error(`transcribe: ${problem}`);
  process.exit(status);
}

function firstBytes(path: string, count: number): Uint8Array {
  const descriptor = openSync(path, 'r');
  try {
    const bytes = new Uint8Array(count);
    return bytes.subarray(0, readSync(descriptor, bytes, 0, count, 0));
  } finally {
    closeSync(descriptor);
  }
}

const parsed = parseTranscribeArguments(process.argv.slice(2));
if (!parsed.ok) fail(`${parsed.problem}\n\n${USAGE}`);
if ('help' in parsed) {
  console.log(USAGE);
  process.exit(0);
}
const { files, language, json } = parsed.request;
const model = resolve(parsed.request.model ?? modelPath('q8_0'));

const missing = files.filter((file) => !existsSync(file) || !statSync(file).isFile());
if (missing.length > 0) fail(`no such file: ${missing.join(', ')}`);
if (!existsSync(model)) {
  fail(
    parsed.request.model === undefined
      ? `the tests' Whisper model is not made yet (${model}): run \`npm run whisper-model\`, or give --model PATH`
      : `no model at ${model}`,
  );
}
const header = readWhisperModelHeader(firstBytes(model, whisperHeaderBytes));
if (!header.ok) fail(`${model} is not a Whisper model: ${header.problem}`);
if (!modelTranscribes(header.info.multilingual, language))
  fail(`${model} is an English-only model: it cannot transcribe "${language}"; give a multilingual one`);

let transcribed;
try {
  transcribed = await transcribeInChromium(
    model,
    files.map((file) => resolve(file)),
    language,
  );
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), 1);
}
let failed = 0;
for (const [index, file] of files.entries()) {
  const outcome = transcribed[index];
  if (outcome?.ok === true)
    console.log(json ? jsonLine(file, outcome.words) : wordLines(file, outcome.words));
  else {
    failed += 1;
    console.error(`transcribe: ${file}: ${outcome?.problem ?? 'no result'}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
