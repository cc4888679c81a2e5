import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeInterviews, type StoredInterviews } from '../backup/testing/backup-fixture.ts';
import type { VivaDatabase } from './database.ts';
import { loadPracticeAttempts, loadPracticeData } from './practice-data.ts';
import { savePracticePlan } from './practice-plan.ts';
import { testDatabase } from './testing/interview-fixture.ts';
import { saveTranscript } from './transcripts.ts';

let database: VivaDatabase;
let stored: StoredInterviews;

beforeEach(async () => {
  database = testDatabase();
  stored = await storeInterviews(database);
  await saveTranscript(
    {
      answerId: stored.finishedAnswerId,
      sessionId: stored.finishedSessionId,
      language: 'en',
      words: [{ text: 'cache', startMs: 0, endMs: 400, confidence: 0.9 }],
      model: 'm.bin',
      tookMs: 1,
      createdAt: 1,
    },
    database,
  );
});

afterEach(async () => {
  await database.delete();
});

describe('loadPracticeAttempts', () => {
  it('reads the transcripts of the planned scripts’ answers only; the others count without them', async () => {
    const planned = await loadPracticeAttempts(new Set(['imported/url-shortener']), database);
    const unplanned = await loadPracticeAttempts(new Set(), database);
    expect(planned.map(({ ref, attempt }) => [ref.scriptKey, attempt.answerId])).toEqual([
      ['imported/url-shortener', stored.finishedAnswerId],
    ]);
    expect(planned[0]?.attempt.transcript?.words.map((word) => word.text)).toEqual(['cache']);
    expect(unplanned.map(({ attempt }) => attempt.answerId)).toEqual([stored.finishedAnswerId]);
    expect(unplanned[0]?.attempt.transcript).toBeUndefined();
  });

  it('reads no history for the library without a plan, and all of it with one', async () => {
    expect((await loadPracticeData('skip-history', database)).attempts).toEqual([]);
    expect((await loadPracticeData('read-history', database)).attempts).toHaveLength(1);
    await savePracticePlan({ name: 'Acme', scriptKeys: ['imported/url-shortener'] }, 1, database);
    expect((await loadPracticeData('skip-history', database)).attempts).toHaveLength(1);
  });
});
