import { describe, expect, it } from 'vitest';
import { FakeRecognition } from '../platform/recognition/fake-recognition.ts';
import type { RecognisedWord, RecognitionResult } from '../platform/recognition/recognition.ts';
import {
  transcribeAnswers,
  type AnswerToTranscribe,
  type TranscriptionStatus,
} from './transcribe-answers.ts';

const word: RecognisedWord = { text: 'cache', startMs: 0, endMs: 400, confidence: 0.9 };

function answer(answerId: string, language: AnswerToTranscribe['language'] = 'en'): AnswerToTranscribe {
  return { answerId, language, loadAudio: () => Promise.resolve(new Blob([answerId])) };
}

function run(
  answers: readonly AnswerToTranscribe[],
  engine: FakeRecognition,
  controller = new AbortController(),
) {
  const saved: { answerId: string; language: string; words: readonly RecognisedWord[]; tookMs: number }[] =
    [];
  const statuses: [string, TranscriptionStatus | undefined][] = [];
  let clock = 0;
  const done = transcribeAnswers(answers, {
    engine,
    signal: controller.signal,
    now: () => (clock += 250),
    onStatus: (answerId, status) => statuses.push([answerId, status]),
    save: (answerId, language, words, tookMs) => {
      saved.push({ answerId, language, words, tookMs });
      return Promise.resolve();
    },
  });
  return { done, saved, statuses };
}

describe('transcribeAnswers', () => {
  it('transcribes one answer after the other in its language, reporting each one until it is stored', async () => {
    const engine = new FakeRecognition(() => ({ ok: true, words: [word] }));
    const { done, saved, statuses } = run([answer('a'), answer('b', 'de')], engine);
    await done;
    expect(engine.asked).toEqual(['en', 'de']);
    expect(saved).toEqual([
      { answerId: 'a', language: 'en', words: [word], tookMs: 250 },
      { answerId: 'b', language: 'de', words: [word], tookMs: 250 },
    ]);
    expect(statuses).toEqual([
      ['a', { state: 'waiting' }],
      ['b', { state: 'waiting' }],
      ['a', { state: 'working', done: 0 }],
      ['a', { state: 'working', done: 0.5 }],
      ['a', undefined],
      ['b', { state: 'working', done: 0 }],
      ['b', { state: 'working', done: 0.5 }],
      ['b', undefined],
    ]);
  });

  it('says why an answer failed and goes on with the next', async () => {
    let calls = 0;
    const engine = new FakeRecognition((): RecognitionResult => {
      calls += 1;
      return calls === 1
        ? { ok: false, reason: 'undecodable', detail: 'EncodingError' }
        : { ok: true, words: [] };
    });
    const { done, saved, statuses } = run([answer('a'), answer('b')], engine);
    await done;
    expect(statuses).toContainEqual([
      'a',
      { state: 'failed', message: 'The recording could not be decoded: EncodingError.' },
    ]);
    expect(saved.map((row) => row.answerId)).toEqual(['b']);
  });

  it('counts a transcript that cannot be stored as a failure', async () => {
    const engine = new FakeRecognition(() => ({ ok: true, words: [word] }));
    const statuses: [string, TranscriptionStatus | undefined][] = [];
    await transcribeAnswers([answer('a')], {
      engine,
      signal: new AbortController().signal,
      now: () => 0,
      onStatus: (answerId, status) => statuses.push([answerId, status]),
      save: () => Promise.reject(new Error('QuotaExceededError')),
    });
    expect(statuses.at(-1)).toEqual([
      'a',
      { state: 'failed', message: 'The transcript could not be made: QuotaExceededError.' },
    ]);
  });

  it('stops at the signal: the answer under way is cancelled and the rest are left for later', async () => {
    const controller = new AbortController();
    const engine = new FakeRecognition(() => ({ ok: true, words: [word] }));
    const { done, saved } = run([answer('a'), answer('b')], engine, controller);
    controller.abort();
    await done;
    expect(saved).toEqual([]);
    expect(engine.asked).toEqual(['en']);
  });
});
