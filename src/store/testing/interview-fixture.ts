// Interview data for store tests: complete records with only what a test cares about changed.
import type { InterviewPlan, Turn } from '../../interview/plan.ts';
import type {
  AnswerAudio,
  AnswerTiming,
  InterviewRecords,
  NewAnswer,
  NewSession,
} from '../../interview/records.ts';
import { script } from '../../library/testing/script-fixture.ts';
import { afterEach, beforeEach } from 'vitest';
import type { RecordedChunk } from '../../platform/microphone/microphone.ts';
import { VivaDatabase } from '../database.ts';
import { createInterviewRecords } from '../interview-records.ts';

/** A database of its own, so no test sees another's records; delete it after the test. */
export function testDatabase(): VivaDatabase {
  return new VivaDatabase(`viva-test-${crypto.randomUUID()}`);
}

export interface TestStore {
  readonly database: VivaDatabase;
  readonly records: InterviewRecords;
}

/**
 * Gives every test of the calling file an empty database of its own and the interview records on it,
 * through `use`, and deletes the database after the test.
 */
export function freshStoreEachTest(use: (store: TestStore) => void): void {
  let database: VivaDatabase | undefined;
  beforeEach(() => {
    database = testDatabase();
    use({ database, records: createInterviewRecords(database) });
  });
  afterEach(async () => {
    await database?.delete();
  });
}

export function turn(text: string, overrides: Partial<Turn> = {}): Turn {
  return {
    phase: 'question',
    text,
    language: 'en-US',
    budget: { kind: 'limit', seconds: 120 },
    sections: [],
    ...overrides,
  };
}

export function plan(
  turns: readonly Turn[] = [turn('Hello'), turn('Tell me about a system')],
): InterviewPlan {
  return { turns, questionCount: 1, budgetSeconds: 240 };
}

export function newSession(overrides: Partial<NewSession> = {}): NewSession {
  return {
    scriptSource: 'builtin',
    script: script('cap-theorem'),
    plan: plan(),
    settings: { timing: 'soft', speech: true },
    startedAt: 1_000,
    ...overrides,
  };
}

export function newAnswer(
  sessionId: string,
  turnIndex: number,
  overrides: Partial<NewAnswer> = {},
): NewAnswer {
  return {
    sessionId,
    turnIndex,
    turn: turn(`Turn ${turnIndex}`),
    askedAt: 2_000 + turnIndex * 1_000,
    startedAt: 2_500 + turnIndex * 1_000,
    mimeType: 'audio/webm',
    ...overrides,
  };
}

/** A chunk whose bytes and peaks are made of its seq, so their order can be read back. */
export function chunk(seq: number, durationMs = (seq + 1) * 1_000): RecordedChunk {
  return {
    seq,
    bytes: Uint8Array.of(seq, seq),
    peaks: Int8Array.of(-seq, seq),
    durationMs,
  };
}

export function timing(overrides: Partial<AnswerTiming> = {}): AnswerTiming {
  return { endedAt: 9_000, endedBy: 'done', pausedMs: 0, overtimeMs: 0, sectionMarks: [], ...overrides };
}

/** Peaks of a second of someone speaking, far above the level taken for silence: an answer to transcribe. */
export const spokenPeaks = Int8Array.from({ length: 100 }, (_, index) => (index % 2 === 0 ? -90 : 90));

export function audio(overrides: Partial<AnswerAudio> = {}): AnswerAudio {
  return {
    mimeType: 'audio/webm;codecs=opus',
    durationMs: 3_000,
    peaks: Int8Array.of(-1, 1, -2, 2, -3, 3),
    levels: { peak: 0.8, rms: 0.2 },
    chunks: 3,
    ...overrides,
  };
}

/**
 * Stores an answer whose recording lasted `durationMs`, in chunks of a second: with the recorder's summary
 * when `finished`, or cut off, as when the app stopped mid-answer, with only its chunks to tell its length.
 */
export async function recordedAnswer(
  records: InterviewRecords,
  answer: NewAnswer,
  durationMs: number,
  finished = true,
): Promise<string> {
  const answerId = await records.startAnswer(answer);
  const chunks = Math.ceil(durationMs / 1_000);
  for (let seq = 0; seq < chunks; seq++)
    await records.appendChunk(answerId, chunk(seq, Math.min((seq + 1) * 1_000, durationMs)));
  if (finished) await records.finishAnswerAudio(answerId, audio({ durationMs, chunks }));
  return answerId;
}

/**
 * The numbers in a typed array. Rows read back through fake-indexeddb hold typed arrays of Node's realm,
 * not jsdom's, which toEqual tells apart; their numbers compare the same.
 */
export function numbers(array: ArrayLike<number>): number[] {
  return Array.from(array);
}
