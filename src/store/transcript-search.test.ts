import { describe, expect, it } from 'vitest';
import type { InterviewRecords } from '../interview/records.ts';
import { script } from '../library/testing/script-fixture.ts';
import type { VivaDatabase } from './database.ts';
import { searchTranscripts } from './transcript-search.ts';
import { saveTranscript } from './transcripts.ts';
import {
  freshStoreEachTest,
  newAnswer,
  newSession,
  recordedAnswer,
  turn,
} from './testing/interview-fixture.ts';

let database: VivaDatabase;
let records: InterviewRecords;
freshStoreEachTest((store) => ({ database, records } = store));

/** An interview started at `startedAt` with one answer per text, transcribed as those words. */
async function transcribed(startedAt: number, language: 'en' | 'ru', texts: readonly string[]) {
  const sessionId = await records.startSession(
    newSession({ script: script(`s-${String(startedAt)}`), startedAt }),
  );
  for (const [turnIndex, text] of texts.entries()) {
    const answerId = await recordedAnswer(
      records,
      newAnswer(sessionId, turnIndex, { turn: turn(`Question ${String(turnIndex)}`, { language }) }),
      5_000,
    );
    const words = text.split(' ').map((word, index) => ({
      text: word,
      startMs: index * 500,
      endMs: index * 500 + 400,
      confidence: 0.9,
    }));
    await saveTranscript(
      { answerId, sessionId, language, words, model: 'm.bin', tookMs: 1, createdAt: 1 },
      database,
    );
  }
  return sessionId;
}

describe('searchTranscripts', () => {
  it('finds the answers that say it, in any inflection, the newest interview first', async () => {
    const older = await transcribed(1_000, 'ru', ['Сначала требования', 'Потом схема']);
    const newer = await transcribed(9_000, 'ru', ['Нет', 'Уточню требований список']);
    const hits = await searchTranscripts('требования', database);
    expect(hits.map((hit) => [hit.session.id, hit.prompt, hit.found.map((place) => place.startMs)])).toEqual([
      [newer, 'Question 1', [500]],
      [older, 'Question 0', [500]],
    ]);
    expect(hits[0]?.found[0]?.snippet).toBe('Уточню требований список');
  });

  it('finds nothing for a blank query or words nobody said', async () => {
    await transcribed(1_000, 'en', ['we shard by tenant']);
    expect(await searchTranscripts('   ', database)).toEqual([]);
    expect(await searchTranscripts('replication', database)).toEqual([]);
    expect(await searchTranscripts('by tenant', database)).toHaveLength(1);
  });
});
