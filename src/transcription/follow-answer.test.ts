import { beforeEach, describe, expect, it } from 'vitest';
import { FakeMicrophone, type FakeOpenMicrophone } from '../platform/microphone/fake-microphone.ts';
import { FakeLiveRecognition, FakeRecognition } from '../platform/recognition/fake-recognition.ts';
import type { RecognisedWord, RecognitionResult } from '../platform/recognition/recognition.ts';
import type { VivaDatabase } from '../store/database.ts';
import { freshStoreEachTest } from '../store/testing/interview-fixture.ts';
import { loadTranscripts } from '../store/transcripts.ts';
import { followAnswer } from './follow-answer.ts';

let database: VivaDatabase;
freshStoreEachTest((store) => {
  ({ database } = store);
});

let microphone: FakeOpenMicrophone;
let nowMs: number;
beforeEach(async () => {
  microphone = await new FakeMicrophone().open();
  nowMs = 50_000;
});

const request = { sessionId: 'session-1', turnIndex: 2, language: 'de' } as const;
const notTranscribed = (): RecognitionResult => ({ ok: false, reason: 'engine-failed' });
/** The engine hears one word, spanning the answer up to when it was stopped. */
const oneWord = (answerMs: number): RecognitionResult => ({
  ok: true,
  words: [{ text: 'Hallo', startMs: 0, endMs: answerMs, confidence: 0.9 }],
});

function follow(engine: FakeRecognition | undefined) {
  return followAnswer(request, microphone, {
    liveEngine: Promise.resolve(engine),
    database,
    now: () => nowMs,
  });
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('followAnswer', () => {
  it("listens to a copy of the microphone, on the answer's clock without its pauses, and keeps the words", async () => {
    const engine = new FakeLiveRecognition(notTranscribed, oneWord);
    const answer = follow(engine);
    await tick();
    expect(engine.listened.map((l) => [l.track, l.language])).toEqual([[microphone.copies[0], 'de']]);
    nowMs += 4_000;
    answer.pause();
    nowMs += 10_000;
    answer.resume();
    nowMs += 2_000;
    answer.end(Promise.resolve('answer-7'));
    nowMs += 300;
    const heard: RecognisedWord[] = [{ text: 'Hallo', startMs: 0, endMs: 6_000, confidence: 0.9 }];
    expect(await answer.words).toEqual(heard);
    expect(microphone.copies[0]?.readyState).toBe('ended');
    const transcript = (await loadTranscripts('session-1', database)).get('answer-7');
    expect(transcript).toMatchObject({
      language: 'de',
      words: heard,
      model: 'browser on-device (de-DE)',
      tookMs: 300,
    });
    // The stored recording was never transcribed again.
    expect(engine.asked).toEqual([]);
  });

  it('does nothing where no engine listens live: no copy of the microphone, no words, nothing kept', async () => {
    for (const engine of [undefined, new FakeRecognition(notTranscribed)]) {
      const answer = follow(engine);
      await tick();
      answer.end(Promise.resolve('answer-1'));
      expect(await answer.words).toBeUndefined();
    }
    expect(microphone.copies).toEqual([]);
    expect((await loadTranscripts('session-1', database)).size).toBe(0);
  });

  it('keeps nothing of an answer left mid-way, or of one the engine failed on', async () => {
    const engine = new FakeLiveRecognition(notTranscribed, notTranscribed);
    const left = follow(engine);
    await tick();
    left.cancel();
    left.end(Promise.resolve('answer-1'));
    expect(await left.words).toBeUndefined();
    expect(engine.listened[0]?.cancelled).toBe(true);
    expect(microphone.copies[0]?.readyState).toBe('ended');

    const failed = follow(engine);
    await tick();
    failed.end(Promise.resolve('answer-2'));
    expect(await failed.words).toBeUndefined();
    expect((await loadTranscripts('session-1', database)).size).toBe(0);
  });

  it('starts no listening for an answer that ended before the engine was ready', async () => {
    const engine = new FakeLiveRecognition(notTranscribed, oneWord);
    let ready!: (value: FakeRecognition) => void;
    const answer = followAnswer(request, microphone, {
      liveEngine: new Promise((resolve) => {
        ready = resolve;
      }),
      database,
      now: () => nowMs,
    });
    answer.end(Promise.resolve('answer-1'));
    ready(engine);
    expect(await answer.words).toBeUndefined();
    expect([engine.listened, microphone.copies]).toEqual([[], []]);
  });

  it('keeps nothing when the answer has no id (its row could not be stored)', async () => {
    const answer = follow(new FakeLiveRecognition(notTranscribed, oneWord));
    await tick();
    answer.end(Promise.reject(new Error('the disk is full')));
    expect(await answer.words).toBeUndefined();
    expect((await loadTranscripts('session-1', database)).size).toBe(0);
  });
});
