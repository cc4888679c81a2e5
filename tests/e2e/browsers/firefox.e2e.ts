// Viva in Firefox ESR: the library, an interview answered through a real (PulseAudio) microphone with
// real speech in three languages, the answers in IndexedDB, their replay with the waveform, the files
// a user saves from the review, and the English answer's transcript, made by Whisper in WebAssembly.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spokenWav } from '../support/spoken-fixtures.ts';
import type { StoredInterview } from '../support/stored-interview.ts';
import { AppInBrowser } from './support/app-in-browser.ts';
import { launchFirefox } from './support/firefox.ts';
import { whisperModelPath } from '../support/whisper-model.ts';
import {
  chooseSpeechModel,
  importScript,
  keptMessage,
  openLibrary,
  precachedFiles,
  readStored,
  reviewTranscript,
  runShortInterview,
  spokenUtterances,
  storagePanel,
} from './support/interview-flow.ts';
import { startPulseMicrophone, type PulseMicrophone } from './support/pulse-microphone.ts';
import { expectRecordedAnswers, expectReplay } from './support/recorded-answers.ts';
import { expectSavedAnswers } from './support/saved-answers.ts';

const SCRIPT = resolve(import.meta.dirname, '../../fixtures/e2e-short-interview.md');
const ANSWER_MS = 2_500;
const SPOKEN = 'I would put a cache in front of the database and invalidate it when the data changes.';
/** The words of SPOKEN that Whisper is not given to invent for a short clip (unlike "I", "a", "the"). */
const SPOKEN_WORDS = ['would', 'put', 'cache', 'front', 'database', 'invalidate', 'data', 'changes'];
/** Whisper base in Firefox's WebAssembly on two shared cores, with three other answers queued around it. */
const TRANSCRIPT_TIMEOUT_MS = 480_000;

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

describe('Viva in Firefox ESR', () => {
  let app: AppInBrowser;
  let microphone: PulseMicrophone;
  let stored: StoredInterview;

  beforeAll(async () => {
    const answer = await spokenWav('answer-en', SPOKEN, 'en-us');
    microphone = await startPulseMicrophone(answer);
    app = new AppInBrowser(await launchFirefox(), inject('baseURL'));
  });

  afterAll(async () => {
    await app.driver.close();
    await microphone.stop();
  });

  it('loads the library, installs the offline copy and imports a script', async () => {
    expect(await openLibrary(app)).toBeGreaterThan(5);
    expect(await precachedFiles(app)).toContain('/index.html');
    await importScript(app, SCRIPT);
  });

  it('runs an interview in three languages, every prompt spoken in a voice of its language', async () => {
    expect(await runShortInterview(app, ANSWER_MS)).toEqual([
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
    // Firefox asks the user on the click that starts the interview; the test's profile answers yes.
    expect(await keptMessage(app)).toMatch(/^Your recordings are protected from automatic clean-up/);
  });

  it('recorded each answer as WebM/Opus into IndexedDB and replays it with its waveform', async () => {
    stored = await readStored(app);
    // Real speech through the microphone: the decoded audio is as long as stored, and not silent.
    await expectRecordedAnswers(app, stored, {
      count: 4,
      mimeType: /^audio\/webm/,
      answerMs: ANSWER_MS,
      decodeToleranceMs: 500,
    });
    await expectReplay(app, stored);
  });

  it('saves a recording and a backup that imports back, and logged no error', async () => {
    await expectSavedAnswers(app, stored, {
      extension: 'webm',
      downloadAsStored: false,
      decodeToleranceMs: 500,
    });
    expect(await storagePanel(app)).toMatch(/The browser has promised to keep your recordings/);
    expect(await app.errors()).toEqual([]);
  });

  it(
    'transcribes the English answer on the device with Whisper in WebAssembly, once a model is chosen',
    async () => {
      const session = stored.sessions[0];
      if (session === undefined) throw new Error('No interview was stored.');
      // The answers were queued as they were recorded; choosing the model lets the queue be worked.
      const model = whisperModelPath();
      const chosen = Date.now();
      expect(await chooseSpeechModel(app, model)).toMatch(/is stored: answers are transcribed with it/);
      const started = Date.now();
      const transcript = await reviewTranscript(
        app,
        session.id,
        'Hello. Please introduce yourself.',
        TRANSCRIPT_TIMEOUT_MS,
      );
      console.log(
        `Firefox: model checked and stored in ${seconds(started - chosen)} s, transcript ${seconds(Date.now() - started)} s later: ${transcript.words}`,
      );
      expect(transcript.said).toMatch(/Made on this device by ggml-base-q8_0\.bin/);
      // The answer is 2.5 s of the 4.6 s sentence, looped: where the loop stands when recording starts
      // decides which half it holds ("I would put a..." in one run). Any such window holds two of these.
      const heard = SPOKEN_WORDS.filter((word) => new RegExp(`\\b${word}\\b`, 'i').test(transcript.words));
      expect(heard.length, `words of the sentence in "${transcript.words}"`).toBeGreaterThanOrEqual(2);
      expect(await app.errors()).toEqual([]);
    },
    TRANSCRIPT_TIMEOUT_MS + 180_000,
  );
});
