import { describe, expect, it, vi } from 'vitest';
import type { InterviewRecords } from '../interview/records.ts';
import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import type { TranscriptRecord, VivaDatabase } from './database.ts';
import { deleteSession } from './history.ts';
import { candidateAnswers } from './transcript-index.ts';
import { maximumHits, searchTranscripts } from './transcript-search.ts';
import { correctTranscript, saveTranscript, undoTranscriptCorrection } from './transcripts.ts';
import { freshStoreEachTest, newAnswer, newSession, turn } from './testing/interview-fixture.ts';

let database: VivaDatabase;
let records: InterviewRecords;
freshStoreEachTest((store) => ({ database, records } = store));

const timed = (text: string) =>
  text.split(' ').map((word, index) => ({
    text: word,
    startMs: index * 500,
    endMs: index * 500 + 400,
    confidence: 0.9,
  }));

function transcriptOf(
  answerId: string,
  sessionId: string,
  language: RecognitionLanguage,
  text: string,
): TranscriptRecord {
  return { answerId, sessionId, language, words: timed(text), model: 'm.bin', tookMs: 1, createdAt: 1 };
}

/** An interview started at `startedAt` whose answers say `texts`, transcribed through the store. */
async function interview(startedAt: number, language: RecognitionLanguage, texts: readonly string[]) {
  const sessionId = await records.startSession(newSession({ startedAt }));
  const answerIds: string[] = [];
  for (const [turnIndex, text] of texts.entries()) {
    const answerId = await records.startAnswer(
      newAnswer(sessionId, turnIndex, { turn: turn(`Question ${String(turnIndex)}`, { language }) }),
    );
    await saveTranscript(transcriptOf(answerId, sessionId, language, text), database);
    answerIds.push(answerId);
  }
  return { sessionId, answerIds };
}

/** The answer ids of every transcript a search read. */
function transcriptsRead(): () => string[] {
  const bulkGet = vi.spyOn(database.transcripts, 'bulkGet');
  return () => bulkGet.mock.calls.flatMap(([keys]) => keys.map(String));
}

describe('the transcript index', () => {
  it('reads only the transcripts of answers that say every word of the query', async () => {
    const { answerIds } = await interview(1_000, 'en', [
      'we replicate reads to followers',
      'a cache in front of the database',
      'the database is partitioned by tenant',
    ]);
    const read = transcriptsRead();
    const hits = await searchTranscripts('partition by tenants', database);
    expect(hits.map((hit) => hit.answerId)).toEqual([answerIds[2]]);
    expect(read()).toEqual([answerIds[2]]);
  });

  it('keeps the search in the order of the words: an answer with them the other way round is no hit', async () => {
    await interview(1_000, 'en', ['tenant by partition']);
    expect(await candidateAnswers(database.transcriptTerms, 'partition by tenant')).toHaveLength(1);
    expect(await searchTranscripts('partition by tenant', database)).toEqual([]);
  });

  it('finds German and Russian words in any case, inflection and with ё or е', async () => {
    const { answerIds: german } = await interview(1_000, 'de', ['Zuerst kläre ich die ANFORDERUNGEN']);
    const { answerIds: russian } = await interview(2_000, 'ru', ['Это всё про требования']);
    expect((await searchTranscripts('anforderung', database)).map((hit) => hit.answerId)).toEqual(german);
    expect((await searchTranscripts('ВСЕ', database)).map((hit) => hit.answerId)).toEqual(russian);
    expect((await searchTranscripts('требований', database)).map((hit) => hit.answerId)).toEqual(russian);
  });

  it('follows corrections and their undoing: the words shown are the words found', async () => {
    const { answerIds } = await interview(1_000, 'en', ['put a cash in front']);
    const [answerId = ''] = answerIds;
    await correctTranscript(answerId, 'put a cache in front', database);
    expect((await searchTranscripts('cache', database)).map((hit) => hit.answerId)).toEqual([answerId]);
    expect(await candidateAnswers(database.transcriptTerms, 'cash')).toEqual([]);
    await undoTranscriptCorrection(answerId, database);
    expect(await searchTranscripts('cache', database)).toEqual([]);
    expect((await searchTranscripts('cash', database)).map((hit) => hit.answerId)).toEqual([answerId]);
  });

  it('replaces what it knew of a transcript made again, and forgets an interview deleted', async () => {
    const { sessionId, answerIds } = await interview(1_000, 'en', ['first words', 'other words']);
    const [answerId = ''] = answerIds;
    await saveTranscript(transcriptOf(answerId, sessionId, 'en', 'second take'), database);
    expect(await searchTranscripts('first', database)).toEqual([]);
    expect(await searchTranscripts('second take', database)).toHaveLength(1);
    expect(await database.transcriptTerms.count()).toBe(2);
    await deleteSession(sessionId, database);
    expect(await database.transcriptTerms.count()).toBe(0);
  });

  it('lists the newest interview first, and reads no transcript past the most hits shown', async () => {
    const perInterview = 20;
    const texts = Array.from({ length: perInterview }, (_, index) => `answer ${String(index)} on caching`);
    const older = await interview(1_000, 'en', texts);
    const newer = await interview(5_000, 'en', texts);
    const oldest = await interview(500, 'en', texts);
    const read = transcriptsRead();
    const hits = await searchTranscripts('cache', database);
    expect(hits).toHaveLength(maximumHits);
    expect(hits.map((hit) => hit.answerId)).toEqual(
      [...newer.answerIds, ...older.answerIds, ...oldest.answerIds].slice(0, maximumHits),
    );
    expect(read()).toHaveLength(maximumHits);
  });
});
