import { beforeEach, describe, expect, it } from 'vitest';
import { FakeMicrophone, type FakeOpenMicrophone } from '../platform/microphone/fake-microphone.ts';
import { FakeLiveRecognition, FakeRecognition } from '../platform/recognition/fake-recognition.ts';
import type { RecognisedWord, RecognitionResult } from '../platform/recognition/recognition.ts';
import type { VivaDatabase } from '../store/database.ts';
import { freshStoreEachTest } from '../store/testing/interview-fixture.ts';
import { loadTranscripts } from '../store/transcripts.ts';
import { followAnswer, latestListenStartMs, type LiveEngine } from './follow-answer.ts';

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

function follow(engine: FakeRecognition | undefined, name = 'browser on-device (de-DE)') {
  return followAnswer(request, microphone, {
    liveEngine: Promise.resolve(engine && { engine, name }),
    database,
    now: () => nowMs,
  });
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An answer followed before its engine is ready, and the way to make it ready. */
function followBeforeReady() {
  let ready!: (value: LiveEngine) => void;
  const answer = followAnswer(request, microphone, {
    liveEngine: new Promise((resolve) => {
      ready = resolve;
    }),
    database,
    now: () => nowMs,
  });
  return { answer, ready };
}

describe('followAnswer', () => {
  it("listens to a copy of the microphone, on the answer's clock without its pauses, and keeps the words", async () => {
    const engine = new FakeLiveRecognition(notTranscribed, oneWord);
    const answer = follow(engine);
    await tick();
    expect(engine.listened.map((l) => [l.track, l.language])).toEqual([[microphone.copies[0], 'de']]);
    const paused = engine.listened[0]?.paused;
    nowMs += 4_000;
    answer.pause();
    expect(paused?.()).toBe(true);
    nowMs += 10_000;
    answer.resume();
    expect(paused?.()).toBe(false);
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
    const { answer, ready } = followBeforeReady();
    answer.end(Promise.resolve('answer-1'));
    ready({ engine, name: 'browser on-device (de-DE)' });
    expect(await answer.words).toBeUndefined();
    expect([engine.listened, microphone.copies]).toEqual([[], []]);
  });

  it('does not listen when the engine is ready too late to hear the first words: the recording is transcribed', async () => {
    const engine = new FakeLiveRecognition(notTranscribed, oneWord);
    const { answer: late, ready } = followBeforeReady();
    nowMs += latestListenStartMs + 1;
    ready({ engine, name: 'ggml-base.bin' });
    await tick();
    late.end(Promise.resolve('answer-1'));
    expect(await late.words).toBeUndefined();
    expect([engine.listened, microphone.copies]).toEqual([[], []]);
  });

  it('keeps the words under the name of the engine that heard them', async () => {
    const answer = follow(new FakeLiveRecognition(notTranscribed, oneWord), 'ggml-base-q8_0.bin');
    await tick();
    nowMs += 3_000;
    answer.end(Promise.resolve('answer-3'));
    await answer.words;
    const transcript = (await loadTranscripts('session-1', database)).get('answer-3');
    expect(transcript?.model).toBe('ggml-base-q8_0.bin');
  });

  it('keeps nothing when the answer has no id (its row could not be stored)', async () => {
    const answer = follow(new FakeLiveRecognition(notTranscribed, oneWord));
    await tick();
    answer.end(Promise.reject(new Error('the disk is full')));
    expect(await answer.words).toBeUndefined();
    expect((await loadTranscripts('session-1', database)).size).toBe(0);
  });
});
