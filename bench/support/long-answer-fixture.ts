// The 45-minute answer the replay benchmark opens: made once in Chromium by the harness (WebCodecs Opus,
// mediabunny's WebM, the app's peak code) from a looped espeak-ng sentence, and kept in .e2e-tmp/bench.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { AUDIO_BITS_PER_SECOND } from '../../src/platform/microphone/browser-recording.ts';
import { spokenWav } from '../../tests/e2e/support/spoken-fixtures.ts';
import type { LongAnswerFigures } from '../harness/api.ts';
import { callHarness, openHarness, type FixtureFiles } from './harness.ts';

export const LONG_ANSWER_SECONDS = 45 * 60;

const DIR = resolve(import.meta.dirname, '../../.e2e-tmp/bench');

/** The files the harness reads the long answer from, by the names it asks for. */
export const longAnswerFiles: FixtureFiles = {
  'long-answer.webm': resolve(DIR, 'long-answer-45m.webm'),
  'long-answer.json': resolve(DIR, 'long-answer-45m.json'),
};

const SENTENCE =
  'I would start with the requirements, then sketch the components, and explain the tradeoffs as I go.';

async function isMade(): Promise<boolean> {
  const [webm, json] = [longAnswerFiles['long-answer.webm'], longAnswerFiles['long-answer.json']];
  if (webm === undefined || json === undefined || !existsSync(webm) || !existsSync(json)) return false;
  const figures = JSON.parse(await readFile(json, 'utf8')) as LongAnswerFigures;
  // Made again when the app records at another bitrate, so replay always opens what the app would store.
  return (
    figures.durationMs === LONG_ANSWER_SECONDS * 1000 && figures.audioBitsPerSecond === AUDIO_BITS_PER_SECOND
  );
}

/** Makes the long answer in `page` unless .e2e-tmp/bench already has it; returns the seconds it took (0 if cached). */
export async function ensureLongAnswer(page: Page): Promise<number> {
  if (await isMade()) return 0;
  const began = Date.now();
  await mkdir(DIR, { recursive: true });
  const speech = await spokenWav('bench-answer', SENTENCE, 'en-us');
  await openHarness(page, { ...longAnswerFiles, 'speech.wav': speech });
  const figures = await callHarness(page, 'makeLongAnswer', LONG_ANSWER_SECONDS);
  const json = longAnswerFiles['long-answer.json'] ?? '';
  // The JSON last and renamed into place: its presence says the WebM beside it is complete.
  await writeFile(`${json}.partial`, JSON.stringify(figures));
  await rename(`${json}.partial`, json);
  return (Date.now() - began) / 1000;
}
