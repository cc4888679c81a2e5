// Viva in Firefox ESR: the library, an interview answered through a real (PulseAudio) microphone with
// real speech in three languages, the answers in IndexedDB, and their replay with the waveform.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spokenWav } from '../support/spoken-fixtures.ts';
import type { StoredInterview } from '../support/stored-interview.ts';
import { AppInBrowser } from './support/app-in-browser.ts';
import { launchFirefox } from './support/firefox.ts';
import {
  importScript,
  keptMessage,
  openLibrary,
  readStored,
  replayFirstAnswer,
  runShortInterview,
  spokenUtterances,
  type TurnMet,
} from './support/interview-flow.ts';
import { startPulseMicrophone, type PulseMicrophone } from './support/pulse-microphone.ts';
import { expectRecordedAnswers } from './support/recorded-answers.ts';

const SCRIPT = resolve(import.meta.dirname, '../../fixtures/e2e-short-interview.md');
const ANSWER_MS = 2_500;

describe('Viva in Firefox ESR', () => {
  let app: AppInBrowser;
  let microphone: PulseMicrophone;
  let turns: TurnMet[];
  let stored: StoredInterview;

  beforeAll(async () => {
    const answer = await spokenWav(
      'answer-en',
      'I would put a cache in front of the database and invalidate it when the data changes.',
      'en-us',
    );
    microphone = await startPulseMicrophone(answer);
    app = new AppInBrowser(await launchFirefox(), inject('baseURL'));
  });

  afterAll(async () => {
    await app.driver.close();
    await microphone.stop();
  });

  it('loads the library and imports a script', async () => {
    expect(await openLibrary(app)).toBeGreaterThan(5);
    await importScript(app, SCRIPT);
  });

  it('runs an interview in three languages, every prompt spoken in a voice of its language', async () => {
    turns = await runShortInterview(app, ANSWER_MS);
    expect(turns).toEqual([
      { caption: 'Hello. Please introduce yourself.', prompt: 'spoken' },
      { caption: 'Wie funktioniert ein Cache?', prompt: 'spoken' },
      { caption: 'Что такое инвалидация кеша?', prompt: 'spoken' },
      { caption: 'Thank you. Do you have any questions?', prompt: 'spoken' },
    ]);
    const spoken = await spokenUtterances(app);
    const voiceOf = (text: string) =>
      spoken.find((u) => u.text.startsWith(text) && u.endAt !== null)?.voiceLang;
    expect(voiceOf('Hello.')).toMatch(/^en/i);
    expect(voiceOf('Wie funktioniert')).toMatch(/^de/i);
    expect(voiceOf('Что такое')).toMatch(/^ru/i);
    // Asked when the interview began; the test's profile answers as a user who allows.
    expect(await keptMessage(app)).toMatch(/^Your recordings are protected from automatic clean-up/);
  });

  it('recorded each answer as WebM/Opus into IndexedDB, with its length, level and peaks', async () => {
    stored = await readStored(app);
    expect(stored.sessions).toHaveLength(1);
    // Real speech through the microphone: the decoded audio is as long as stored, and not silent.
    await expectRecordedAnswers(app, stored, {
      count: 4,
      mimeType: /^audio\/webm/,
      answerMs: ANSWER_MS,
      decodeToleranceMs: 500,
    });
  });

  it('replays an answer with its waveform, and logged no error', async () => {
    const replay = await replayFirstAnswer(app, stored.sessions[0]?.id ?? '');
    expect(replay.paintedPixels).toBeGreaterThan(100);
    expect(replay.position).toMatch(/^0:0[1-9] \/ 0:0[2-4]$/);
    expect(await app.errors()).toEqual([]);
  });
});
