// The speech environment itself, on the app's origin: real voices that speak in real time in the language
// chosen, a speech log seen from outside the app, and an answer recorded from the fake microphone into
// IndexedDB that reads and decodes back.
import { afterEach, expect, test } from 'vitest';
import { expectNoPageErrors, launchBrowser, openApp } from './support/browser.ts';
import type { LaunchedBrowser } from './support/browser.ts';
import { recordSpeech, spokenUtterances } from './support/speech-log.ts';
import { spokenWav, wavDurationSeconds } from './support/spoken-fixtures.ts';
import { decodeStoredAnswer, readStoredInterview } from './support/stored-interview.ts';

const sentences = [
  { lang: 'en-US', text: 'Good morning.' },
  { lang: 'de', text: 'Guten Morgen.' },
  { lang: 'ru', text: 'Доброе утро.' },
];

let browser: LaunchedBrowser | undefined;

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

// Runs in the page: the voice list arrives asynchronously (≈2 s for espeak-ng's 13 000 voices).
async function voicesFor(
  langs: string[],
): Promise<{ lang: string; count: number; voice: string | undefined }[]> {
  const voices = await new Promise<SpeechSynthesisVoice[]>((resolve) => {
    const settle = () => {
      const list = speechSynthesis.getVoices();
      if (list.length > 0) resolve(list);
    };
    speechSynthesis.addEventListener('voiceschanged', settle);
    setTimeout(() => {
      resolve(speechSynthesis.getVoices());
    }, 10_000);
    settle();
  });
  return langs.map((lang) => {
    const primary = lang.split('-')[0] ?? lang;
    return {
      lang,
      count: voices.filter((voice) => voice.lang.split('-')[0] === primary).length,
      voice: voices.find((voice) => voice.lang === lang)?.name,
    };
  });
}

// Runs in the page: speaks one sentence after another, each in the named voice, as the app would.
async function speakInTurn(turns: { text: string; voice: string }[]): Promise<void> {
  const voices = speechSynthesis.getVoices();
  for (const { text, voice: name } of turns) {
    const voice = voices.find((candidate) => candidate.name === name);
    if (voice === undefined) throw new Error(`No voice named ${name}`);
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    await new Promise<void>((resolve) => {
      utterance.addEventListener('end', () => {
        resolve();
      });
      utterance.addEventListener('error', () => {
        resolve();
      });
      // The log shows what happened; the timeout only keeps a silent engine from hanging the test.
      setTimeout(resolve, 10_000);
      speechSynthesis.speak(utterance);
    });
  }
}

// Runs in the page: records from the microphone into a database shaped like the app's answers and
// audioChunks tables, one chunk every half second, as the interview does.
async function recordAnswer({
  dbName,
  answerId,
  seconds,
}: {
  dbName: string;
  answerId: string;
  seconds: number;
}): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('answers', { keyPath: 'id' });
      request.result.createObjectStore('audioChunks', { keyPath: ['answerId', 'seq'] });
    };
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(new Error(String(request.error)));
    };
  });
  const put = (store: string, row: object) =>
    new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(store, 'readwrite');
      transaction.objectStore(store).put(row);
      transaction.oncomplete = () => {
        resolve();
      };
      transaction.onerror = () => {
        reject(new Error(String(transaction.error)));
      };
    });

  const mimeType = 'audio/webm;codecs=opus';
  await put('answers', { id: answerId, mimeType });
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
  });
  const recorder = new MediaRecorder(stream, { mimeType, audioBitsPerSecond: 32_000 });
  const startedAt = performance.now();
  let seq = 0;
  // One write at a time, in order, as the app's sink does.
  let writes = Promise.resolve();
  recorder.addEventListener('dataavailable', (event) => {
    const row = { answerId, seq: seq++, durationMs: performance.now() - startedAt, peaks: new Int8Array(0) };
    writes = writes.then(async () => {
      await put('audioChunks', { ...row, bytes: new Uint8Array(await event.data.arrayBuffer()) });
    });
  });
  const stopped = new Promise((resolve) => {
    recorder.addEventListener('stop', resolve);
  });
  recorder.start(500);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  recorder.stop();
  await stopped;
  await writes;
  for (const track of stream.getTracks()) track.stop();
  db.close();
}

test('real voices speak English, German and Russian in real time, each in the voice chosen', async () => {
  browser = await launchBrowser({ speech: true });
  const { page } = browser;
  await recordSpeech(page);
  await openApp(page);

  const found = await page.evaluate(
    voicesFor,
    sentences.map((sentence) => sentence.lang),
  );
  for (const { lang, count, voice } of found) {
    expect(count, `voices for ${lang} (is speech-dispatcher-espeak-ng installed?)`).toBeGreaterThan(0);
    expect(voice, `an espeak-ng voice whose lang is exactly ${lang}`).toBeDefined();
  }

  await page.evaluate(
    speakInTurn,
    sentences.map((sentence, index) => ({ text: sentence.text, voice: found[index]?.voice ?? '' })),
  );

  const log = await spokenUtterances(page);
  expect(log.map(({ text, voiceLang, error }) => ({ text, voiceLang, error }))).toEqual(
    sentences.map(({ text, lang }) => ({ text, voiceLang: lang, error: null })),
  );
  for (const utterance of log) {
    expect(utterance.startAt, `start of "${utterance.text}"`).not.toBeNull();
    expect(utterance.endAt, `end of "${utterance.text}"`).not.toBeNull();
    // Real time: an engine without an audio sink ends an utterance within a few tens of milliseconds.
    expect((utterance.endAt ?? 0) - (utterance.startAt ?? 0), `speaking "${utterance.text}"`).toBeGreaterThan(
      500,
    );
  }
  expectNoPageErrors(page);
});

test('an answer recorded from the fake microphone into IndexedDB reads back and decodes to its length', async () => {
  const wav = await spokenWav('answer-ready', 'I am ready.', 'en-us');
  // Shorter than the recording: looped, it fills the two seconds instead of leaving silence after it.
  expect(await wavDurationSeconds(wav)).toBeLessThan(1.5);
  browser = await launchBrowser({ fakeMicrophoneWav: wav, fakeMicrophoneLoop: true });
  const { page } = browser;
  await openApp(page);

  const dbName = 'viva-e2e-recording';
  const answerId = 'answer-1';
  await page.evaluate(recordAnswer, { dbName, answerId, seconds: 2 });

  const stored = await readStoredInterview(page, dbName);
  // This database has no sessions table, which reads as empty rather than failing.
  expect(stored.sessions).toEqual([]);
  expect(stored.answers).toEqual([{ id: answerId, mimeType: 'audio/webm;codecs=opus' }]);
  expect(stored.audioChunks.map((chunk) => chunk.seq)).toEqual([...stored.audioChunks.keys()]);
  expect(stored.audioChunks.length).toBeGreaterThanOrEqual(4);
  for (const chunk of stored.audioChunks) expect(chunk.byteLength).toBeGreaterThan(0);

  const decoded = await decodeStoredAnswer(page, answerId, dbName);
  expect(decoded.durationSeconds).toBeGreaterThan(1.5);
  expect(decoded.durationSeconds).toBeLessThan(2.5);
  // A wrong WAV path records silence without any error, so the level proves the answer was heard.
  expect(decoded.rms).toBeGreaterThan(0.01);

  // Reading a database that does not exist leaves none behind for the app to trip over.
  expect(await readStoredInterview(page, 'viva-e2e-absent')).toEqual({
    sessions: [],
    answers: [],
    audioChunks: [],
    answerAssessments: [],
    transcripts: [],
  });
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
  expect(names).not.toContain('viva-e2e-absent');
  expectNoPageErrors(page);
});
