import { describe, expect, it } from 'vitest';
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
import { createLiveListener } from './live-listener.ts';

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

describe('createLiveListener', () => {
  it('hears a German answer with the browser engine chosen for German, and keeps the transcript named after it', async () => {
    const sessionId = await germanAnswer();
    await updateRecognitionEngine('de', 'browser', database);
    const listener = createLiveListener(10_000, engines('ready'), database);
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
    const listener = createLiveListener(10_000, recognisers, database);
    const signal = new AbortController().signal;
    expect(await listener.hear({ sessionId, turnIndex: 0, language: 'de', signal })).toEqual([]);
    expect(engine.asked).toEqual([]);
    expect((await loadTranscripts(sessionId, database)).size).toBe(0);
  });

  it('says why it cannot hear when the language has no engine', async () => {
    const sessionId = await germanAnswer();
    await updateRecognitionEngine('de', 'browser', database);
    const listener = createLiveListener(10_000, engines('installable'), database);
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
    const listener = createLiveListener(
      10_000,
      { ...engines('ready'), startBrowser: () => Promise.resolve(engine) },
      database,
    );
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

  it('listens live to no answer whose engine is Whisper: it is transcribed from its recording', async () => {
    const sessionId = await germanAnswer();
    let browserStarted = 0;
    const listener = createLiveListener(
      10_000,
      {
        ...engines('ready'),
        startBrowser: () => {
          browserStarted += 1;
          return Promise.reject(new Error('not the engine chosen'));
        },
      },
      database,
    );
    const microphone = await new FakeMicrophone().open();
    const followed = listener.follow({ sessionId, turnIndex: 0, language: 'de' }, microphone);
    followed.end(Promise.resolve('answer-1'));
    const signal = new AbortController().signal;
    // No Whisper model is stored: the answer's own engine says why it cannot be heard.
    await expect(listener.hear({ sessionId, turnIndex: 0, language: 'de', signal })).rejects.toThrow(
      'No engine for German',
    );
    expect([browserStarted, microphone.copies.length]).toEqual([0, 0]);
  });
});
