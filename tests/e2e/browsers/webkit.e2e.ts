// Viva in WebKitGTK (the engine of Safari): the library, an interview answered through WebKit's mock
// microphone, English prompts spoken by its Flite voices and the German and Russian ones shown to be read
// (it has no voice for them), the MP4 answers in IndexedDB, their replay with the waveform, and the files
// a user saves from the review.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { StoredInterview } from '../support/stored-interview.ts';
import { AppInBrowser } from './support/app-in-browser.ts';
import {
  importScript,
  keptMessage,
  openLibrary,
  precachedFiles,
  readStored,
  runShortInterview,
  spokenUtterances,
  storagePanel,
} from './support/interview-flow.ts';
import { expectRecordedAnswers, expectReplay } from './support/recorded-answers.ts';
import { expectSavedAnswers } from './support/saved-answers.ts';
import { launchWebKit } from './support/webkit.ts';

const SCRIPT = resolve(import.meta.dirname, '../../fixtures/e2e-short-interview.md');
const ANSWER_MS = 2_500;
// WebKit decodes its MP4 to a length that differs from the one measured while recording (see E2E.md).
const DECODE_TOLERANCE_MS = 1_000;

describe('Viva in WebKitGTK', () => {
  let app: AppInBrowser;
  let stored: StoredInterview;

  beforeAll(async () => {
    app = new AppInBrowser(await launchWebKit(), inject('baseURL'));
  });

  afterAll(async () => {
    await app.driver.close();
  });

  it('loads the library, installs the offline copy and imports a script', async () => {
    expect(await openLibrary(app)).toBeGreaterThan(5);
    expect(await precachedFiles(app)).toContain('/index.html');
    await importScript(app, SCRIPT);
  });

  it('speaks the English prompts and shows the German and Russian ones to be read', async () => {
    expect(await runShortInterview(app, ANSWER_MS)).toEqual([
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
    // No storage manager: the page neither promises the recordings are kept nor says the browser refused.
    expect(await keptMessage(app)).toMatch(/^This browser does not say whether it keeps your recordings/);
  });

  it('recorded each answer as MP4 into IndexedDB and replays it with its waveform', async () => {
    stored = await readStored(app);
    await expectRecordedAnswers(app, stored, {
      count: 4,
      mimeType: /^audio\/mp4/,
      answerMs: ANSWER_MS,
      decodeToleranceMs: DECODE_TOLERANCE_MS,
    });
    await expectReplay(app, stored);
  });

  it('saves a recording and a backup that imports back, and logged no error', async () => {
    // The MP4 is saved as recorded, as .m4a: nothing of a WebM is written into it.
    await expectSavedAnswers(app, stored, {
      extension: 'm4a',
      downloadAsStored: true,
      decodeToleranceMs: DECODE_TOLERANCE_MS,
    });
    const storage = await storagePanel(app);
    expect(storage).toMatch(/This browser does not say whether it keeps your recordings/);
    // Nor is the user offered a request this browser could only refuse.
    expect(storage).not.toMatch(/Ask the browser/);
    expect(await app.errors()).toEqual([]);
  });
});
