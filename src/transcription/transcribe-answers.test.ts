import { describe, expect, it } from 'vitest';
import { FakeRecognition } from '../platform/recognition/fake-recognition.ts';
import type { RecognisedWord, RecognitionResult } from '../platform/recognition/recognition.ts';
import {
  transcribeAnswers,
  type AnswerToTranscribe,
  type AttemptLedger,
  type TranscriptionStatus,
} from './transcribe-answers.ts';

const word: RecognisedWord = { text: 'cache', startMs: 0, endMs: 400, confidence: 0.9 };

function answer(answerId: string, language: AnswerToTranscribe['language'] = 'en'): AnswerToTranscribe {
  return { answerId, sessionId: 's', language, loadAudio: () => Promise.resolve(new Blob([answerId])) };
}

/** The queue's counts as the store keeps them: attempts per answer, and the last failure. */
class FakeLedger implements AttemptLedger {
  readonly attempts = new Map<string, number>();
  readonly failures = new Map<string, string>();
  constructor(queued: readonly string[]) {
    for (const id of queued) this.attempts.set(id, 0);
  }
  begin = (answerId: string) => {
    const count = this.attempts.get(answerId);
    if (count !== undefined) this.attempts.set(answerId, count + 1);
    return Promise.resolve(count !== undefined);
  };
  failed = (answerId: string, message: string) => {
    this.failures.set(answerId, message);
    return Promise.resolve();
  };
  withdrawn = (answerId: string) => {
    this.attempts.set(answerId, (this.attempts.get(answerId) ?? 1) - 1);
    return Promise.resolve();
  };
}

function run(
  answers: readonly AnswerToTranscribe[],
  engine: FakeRecognition,
  controller = new AbortController(),
  ledger = new FakeLedger(answers.map((queued) => queued.answerId)),
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
    attempts: ledger,
    save: ({ answerId, language }, words, tookMs) => {
      saved.push({ answerId, language, words, tookMs });
      return Promise.resolve();
    },
  });
  return { done, saved, statuses, ledger };
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
    const { done, saved, statuses, ledger } = run([answer('a'), answer('b')], engine);
    await done;
    const message = 'The recording could not be decoded: EncodingError.';
    expect(statuses).toContainEqual(['a', { state: 'failed', message }]);
    expect(saved.map((row) => row.answerId)).toEqual(['b']);
    // The failure is kept with its attempt counted, for the queue to give up after a few.
    expect(ledger.failures).toEqual(new Map([['a', message]]));
    expect(ledger.attempts.get('a')).toBe(1);
  });

  it('counts a transcript that cannot be stored as a failure', async () => {
    const engine = new FakeRecognition(() => ({ ok: true, words: [word] }));
    const statuses: [string, TranscriptionStatus | undefined][] = [];
    await transcribeAnswers([answer('a')], {
      engine,
      signal: new AbortController().signal,
      now: () => 0,
      attempts: new FakeLedger(['a']),
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
    const ledger = new FakeLedger(['a', 'b']);
    let saved = 0;
    await transcribeAnswers([answer('a'), answer('b')], {
      engine,
      signal: controller.signal,
      now: () => 0,
      attempts: ledger,
      // The candidate leaves while the first answer is half done.
      onStatus: (_, status) => {
        if (status?.state === 'working' && status.done > 0) controller.abort();
      },
      save: () => Promise.resolve(void (saved += 1)),
    });
    expect(saved).toBe(0);
    expect(engine.asked).toEqual(['en']);
    // Stopped by the candidate, not failed: the attempt does not count.
    expect(ledger.attempts).toEqual(
      new Map([
        ['a', 0],
        ['b', 0],
      ]),
    );
  });

  it('skips an answer whose job is gone: its transcript was stored meanwhile', async () => {
    const engine = new FakeRecognition(() => ({ ok: true, words: [word] }));
    const { done, saved, statuses } = run(
      [answer('a'), answer('b')],
      engine,
      undefined,
      new FakeLedger(['b']),
    );
    await done;
    expect(saved.map((row) => row.answerId)).toEqual(['b']);
    expect(engine.asked).toEqual(['en']);
    expect(statuses).toContainEqual(['a', undefined]);
  });
});
