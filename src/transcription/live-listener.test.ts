import { describe, expect, it, vi } from 'vitest';
import { FakeMicrophone } from '../platform/microphone/fake-microphone.ts';
import { FakeLiveRecognition, FakeRecognition } from '../platform/recognition/fake-recognition.ts';
import type {
  LanguageAvailability,
  RecognisedWord,
  Recognisers,
} from '../platform/recognition/recognition.ts';
import type { InterviewRecords } from '../interview/records.ts';
import type { VivaDatabase } from '../store/database.ts';
import { updateRecognitionEngine } from '../store/settings.ts';
import { peaksOf } from '../insights/testing/synthetic-peaks.ts';
import {
  audio,
  freshStoreEachTest,
  newAnswer,
  newSession,
  plan,
  recordedAnswer,
  turn,
} from '../store/testing/interview-fixture.ts';
import { loadTranscripts } from '../store/transcripts.ts';
import { saveRecognitionModel } from '../store/recognition-model.ts';
import { header } from '../platform/recognition/whisper/testing/model-header.ts';
import { createLiveListener, heardAnswersSettled } from './live-listener.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

let database: VivaDatabase;
let records: InterviewRecords;
freshStoreEachTest((store) => {
  ({ database, records } = store);
});

const heard: RecognisedWord[] = [{ text: 'Hallo', startMs: 0, endMs: 400, confidence: 0.9 }];

/** Engines that hear `heard`: the browser's with its German pack `german`, and no Whisper model here. */
function engines(german: LanguageAvailability): Recognisers {
  const engine = () => new FakeRecognition(() => ({ ok: true, words: heard }));
  return {
    browserPacks: {
      availability: (language) => Promise.resolve(language === 'de' ? german : 'unavailable'),
      install: () => Promise.resolve(false),
    },
    startBrowser: () => Promise.resolve(engine()),
    startWhisper: () => Promise.reject(new Error('no Whisper in this test')),
  };
}

/** A German answer of 2 s: someone speaking throughout, or, `silent`, a recording in which nobody spoke. */
async function germanAnswer(silent = false): Promise<string> {
  const sessionId = await records.startSession(newSession({ plan: plan([turn('Erzählen Sie')]) }));
  const answerId = await recordedAnswer(records, newAnswer(sessionId, 0), 2_000, false);
  const peaks = peaksOf([{ ms: 2_000, level: silent ? 0 : 0.4 }]);
  await records.finishAnswerAudio(answerId, audio({ durationMs: 2_000, chunks: 2, peaks }));
  return sessionId;
}

/** A listener for a German interview whose engine is the browser's, this one. */
function listenerWithBrowser(engine: FakeRecognition) {
  return createLiveListener(
    10_000,
    { ...engines('ready'), startBrowser: () => Promise.resolve(engine) },
    ['de'],
    database,
  );
}

describe('createLiveListener', () => {
  it('hears a German answer with the browser engine chosen for German, and keeps the transcript named after it', async () => {
    const sessionId = await germanAnswer();
    await updateRecognitionEngine('de', 'browser', database);
    const listener = createLiveListener(10_000, engines('ready'), ['de'], database);
    const signal = new AbortController().signal;
    expect(await listener.hear({ sessionId, turnIndex: 0, language: 'de', signal })).toEqual(heard);
    const [transcript] = (await loadTranscripts(sessionId, database)).values();
    expect(transcript).toMatchObject({ language: 'de', model: 'browser on-device (de-DE)', words: heard });
  });

  it('hears no words in a recording where nobody spoke, without asking an engine', async () => {
    const sessionId = await germanAnswer(true);
    await updateRecognitionEngine('de', 'browser', database);
    const engine = new FakeRecognition(() => ({ ok: true, words: heard }));
    const recognisers = { ...engines('ready'), startBrowser: () => Promise.resolve(engine) };
    const listener = createLiveListener(10_000, recognisers, ['de'], database);
    const signal = new AbortController().signal;
    expect(await listener.hear({ sessionId, turnIndex: 0, language: 'de', signal })).toEqual([]);
    expect(engine.asked).toEqual([]);
    expect((await loadTranscripts(sessionId, database)).size).toBe(0);
  });

  it('says why it cannot hear when the language has no engine', async () => {
    const sessionId = await germanAnswer();
    await updateRecognitionEngine('de', 'browser', database);
    const listener = createLiveListener(10_000, engines('installable'), ['de'], database);
    const signal = new AbortController().signal;
    await expect(listener.hear({ sessionId, turnIndex: 0, language: 'de', signal })).rejects.toThrow(
      "No engine for German: install the browser's German language pack or choose a Whisper model in Settings.",
    );
  });

  it('gives the words heard live as the answer ended, without transcribing its recording again', async () => {
    const sessionId = await germanAnswer();
    await updateRecognitionEngine('de', 'browser', database);
    const live: RecognisedWord[] = [{ text: 'Guten', startMs: 0, endMs: 300, confidence: 0.8 }];
    const engine = new FakeLiveRecognition(
      () => ({ ok: true, words: heard }),
      () => ({ ok: true, words: live }),
    );
    const listener = listenerWithBrowser(engine);
    const microphone = await new FakeMicrophone().open();
    const [answer] = await database.answers.where('sessionId').equals(sessionId).toArray();
    const followed = listener.follow({ sessionId, turnIndex: 0, language: 'de' }, microphone);
    await new Promise((resolve) => setTimeout(resolve, 0));
    followed.end(Promise.resolve(answer?.id ?? ''));
    const signal = new AbortController().signal;
    expect(await listener.hear({ sessionId, turnIndex: 0, language: 'de', signal })).toEqual(live);
    expect(engine.asked).toEqual([]);
    const [transcript] = (await loadTranscripts(sessionId, database)).values();
    expect(transcript).toMatchObject({ model: 'browser on-device (de-DE)', words: live });
  });

  it('starts Whisper once for the interview, before its first answer, and listens to each answer with it', async () => {
    const sessionId = await germanAnswer();
    await saveRecognitionModel(new File([header({})], 'ggml-base.bin'), database);
    const live: RecognisedWord[] = [{ text: 'Guten', startMs: 0, endMs: 300, confidence: 0.8 }];
    const whisper = new FakeLiveRecognition(
      () => ({ ok: true, words: heard }),
      () => ({ ok: true, words: live }),
    );
    let whisperStarted = 0;
    const listener = createLiveListener(
      10_000,
      {
        ...engines('unavailable'),
        startWhisper: () => {
          whisperStarted += 1;
          return Promise.resolve(whisper);
        },
      },
      ['en', 'de', 'ru'],
      database,
    );
    await vi.waitFor(() => {
      expect(whisperStarted).toBe(1);
    });
    const microphone = await new FakeMicrophone().open();
    const followed = listener.follow({ sessionId, turnIndex: 0, language: 'de' }, microphone);
    await tick();
    const [answer] = await database.answers.where('sessionId').equals(sessionId).toArray();
    followed.end(Promise.resolve(answer?.id ?? ''));
    const signal = new AbortController().signal;
    expect(await listener.hear({ sessionId, turnIndex: 0, language: 'de', signal })).toEqual(live);
    expect([whisperStarted, whisper.asked, whisper.listened.length]).toEqual([1, [], 1]);
    const [transcript] = (await loadTranscripts(sessionId, database)).values();
    expect(transcript).toMatchObject({ model: 'ggml-base.bin', words: live });
  });

  it("transcribes an answer it did not hear live with the interview's engine, which stays for the next", async () => {
    const sessionId = await germanAnswer();
    await saveRecognitionModel(new File([header({})], 'ggml-base.bin'), database);
    const whisper = new FakeRecognition(() => ({ ok: true, words: heard }));
    const listener = createLiveListener(
      10_000,
      { ...engines('unavailable'), startWhisper: () => Promise.resolve(whisper) },
      ['de'],
      database,
    );
    const signal = new AbortController().signal;
    expect(await listener.hear({ sessionId, turnIndex: 0, language: 'de', signal })).toEqual(heard);
    expect([whisper.asked, whisper.disposed]).toEqual([['de'], false]);
  });

  it('frees its engines when the interview is over, once the answer under way has its words, which a review waits for', async () => {
    const sessionId = await germanAnswer();
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const engine = new FakeLiveRecognition(
      () => ({ ok: true, words: heard }),
      () => ({ ok: true, words: heard }),
    );
    const slowStop = engine.listen.bind(engine);
    engine.listen = (track, options) => {
      const listening = slowStop(track, options);
      return { ...listening, stop: () => held.then(() => listening.stop()) };
    };
    await updateRecognitionEngine('de', 'browser', database);
    const listener = listenerWithBrowser(engine);
    const microphone = await new FakeMicrophone().open();
    const followed = listener.follow({ sessionId, turnIndex: 0, language: 'de' }, microphone);
    await tick();
    followed.end(Promise.resolve('answer-1'));
    listener.close();
    let settled = false;
    void heardAnswersSettled().then(() => (settled = true));
    await tick();
    expect([engine.disposed, settled]).toEqual([false, false]);
    release();
    await vi.waitFor(() => {
      expect([engine.disposed, settled]).toEqual([true, true]);
    });
  });
});
