// Viva in WebKitGTK (the engine of Safari): the library, an interview answered through WebKit's mock
// microphone, English prompts spoken by its Flite voices and the German and Russian ones shown to be read
// (it has no voice for them), the MP4 answers in IndexedDB, and their replay with the waveform.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { StoredInterview } from '../support/stored-interview.ts';
import { AppInBrowser } from './support/app-in-browser.ts';
import {
  importScript,
  openLibrary,
  readStored,
  replayFirstAnswer,
  runShortInterview,
  spokenUtterances,
} from './support/interview-flow.ts';
import { expectRecordedAnswers } from './support/recorded-answers.ts';
import { launchWebKit } from './support/webkit.ts';

const SCRIPT = resolve(import.meta.dirname, '../../fixtures/e2e-short-interview.md');
const ANSWER_MS = 2_500;

describe('Viva in WebKitGTK', () => {
  let app: AppInBrowser;
  let stored: StoredInterview;

  beforeAll(async () => {
    app = new AppInBrowser(await launchWebKit(), inject('baseURL'));
  });

  afterAll(async () => {
    await app.driver.close();
  });

  it('loads the library and imports a script', async () => {
    expect(await openLibrary(app)).toBeGreaterThan(5);
    await importScript(app, SCRIPT);
  });

  it('speaks the English prompts and shows the German and Russian ones to be read', async () => {
    const turns = await runShortInterview(app, ANSWER_MS);
    expect(turns).toEqual([
      { caption: 'Hello. Please introduce yourself.', prompt: 'spoken' },
      { caption: 'Wie funktioniert ein Cache?', prompt: 'read' },
      { caption: 'Что такое инвалидация кеша?', prompt: 'read' },
      { caption: 'Thank you. Do you have any questions?', prompt: 'spoken' },
    ]);
    const spoken = await spokenUtterances(app);
    // The microphone check's sample first, then each English prompt sentence by sentence.
    expect(spoken.map((u) => u.text)).toEqual([
      expect.any(String),
      'Hello.',
      'Please introduce yourself.',
      'Thank you.',
      'Do you have any questions?',
    ]);
    // Every sentence ended by itself, the second of each prompt too (it starts after the first one's end):
    // none was left for the interview's watchdog.
    for (const utterance of spoken) {
      expect(utterance.voiceLang, utterance.text).toMatch(/^en/i);
      expect(utterance.endAt, utterance.text).not.toBeNull();
    }
  });

  it('recorded each answer as MP4 into IndexedDB, with its length, level and peaks', async () => {
    stored = await readStored(app);
    expect(stored.sessions).toHaveLength(1);
    await expectRecordedAnswers(app, stored, {
      count: 4,
      mimeType: /^audio\/mp4/,
      answerMs: ANSWER_MS,
      decodeToleranceMs: 1_000,
    });
  });

  it('replays an answer with its waveform, and logged no error', async () => {
    const replay = await replayFirstAnswer(app, stored.sessions[0]?.id ?? '');
    expect(replay.paintedPixels).toBeGreaterThan(100);
    expect(replay.position).toMatch(/^0:0[1-9] \/ 0:0[2-4]$/);
    expect(await app.errors()).toEqual([]);
  });
});
