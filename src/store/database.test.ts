import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { script } from '../library/testing/script-fixture.ts';
import { VivaDatabase } from './database.ts';
import { listSessionSummaries } from './history.ts';
import { listImportedScripts } from './imported-scripts.ts';
import { audio, newAnswer, newSession, numbers, turn, spokenPeaks } from './testing/interview-fixture.ts';
import { searchTranscripts } from './transcript-search.ts';

const name = `viva-test-upgrade-${crypto.randomUUID()}`;

/** The tables as version 5 of the app declared them. */
const version5Stores = {
  importedScripts: 'id, importedAt',
  sessions: 'id, startedAt, status, scriptId',
  answers: 'id, sessionId, [sessionId+turnIndex], startedAt',
  audioChunks: '[answerId+seq], answerId',
  settings: 'key',
  answerAssessments: 'answerId, sessionId',
  sessionAssessments: 'sessionId',
  chunkPeaks: '[answerId+seq], answerId',
  transcripts: 'answerId, sessionId',
  recognitionModels: 'key',
};

afterEach(async () => {
  await Dexie.delete(name);
});

describe('VivaDatabase', () => {
  it('keeps the scripts imported under version 1 when it opens the database at the current version', async () => {
    // The schema as version 1 of the app declared it, not the current class.
    const v1 = new Dexie(name);
    v1.version(1).stores({ importedScripts: 'id, importedAt' });
    await v1
      .table('importedScripts')
      .put({ id: 'mine', script: script('mine'), fileName: 'mine.md', importedAt: 7 });
    v1.close();

    const database = new VivaDatabase(name);
    await database.open();

    expect(database.verno).toBe(9);
    expect(await listImportedScripts(database)).toEqual([
      { id: 'mine', script: script('mine'), fileName: 'mine.md', importedAt: 7 },
    ]);
    expect(await database.sessions.count()).toBe(0);
    expect(await database.settings.count()).toBe(0);
    database.close();
  });

  it('opens a version 5 database at the current version with every row kept and no practice plan yet', async () => {
    const v5 = new Dexie(name);
    v5.version(5).stores(version5Stores);
    const assessment = {
      answerId: 'a1',
      sessionId: 's1',
      rating: 4,
      covered: [],
      notes: '',
      pins: [],
      updatedAt: 3,
    };
    await v5.table('answerAssessments').put(assessment);
    await v5.table('settings').put({ key: 'app', value: { timing: 'strict' } });
    v5.close();

    const database = new VivaDatabase(name);
    await database.open();

    expect(database.verno).toBe(9);
    expect(await database.answerAssessments.toArray()).toEqual([assessment]);
    expect(await database.settings.get('app')).toEqual({ key: 'app', value: { timing: 'strict' } });
    expect(await database.practicePlan.count()).toBe(0);
    database.close();
  });

  it("moves version 3's chunk peaks out of the audio: kept for an unfinished answer, dropped for a summed-up one", async () => {
    // The schema as version 3 of the app declared it, each chunk carrying its peaks.
    const v3 = new Dexie(name);
    v3.version(2).stores({
      sessions: 'id, startedAt, status, scriptId',
      answers: 'id, sessionId, [sessionId+turnIndex], startedAt',
      audioChunks: '[answerId+seq], answerId',
      settings: 'key',
    });
    v3.version(3).stores({ answerAssessments: 'answerId, sessionId', sessionAssessments: 'sessionId' });
    const finished = { ...newAnswer('s', 0), id: 'finished', audio: audio({ durationMs: 2_000, chunks: 2 }) };
    const cutOff = { ...newAnswer('s', 1), id: 'cut-off' };
    await v3.table('answers').bulkPut([finished, cutOff]);
    const v3Chunk = (answerId: string, seq: number) => ({
      answerId,
      seq,
      bytes: Uint8Array.of(seq, seq, seq),
      peaks: Int8Array.of(-seq, seq),
      durationMs: (seq + 1) * 1_000,
    });
    await v3
      .table('audioChunks')
      .bulkPut([
        v3Chunk('finished', 0),
        v3Chunk('finished', 1),
        v3Chunk('cut-off', 0),
        v3Chunk('cut-off', 1),
      ]);
    v3.close();

    const database = new VivaDatabase(name);
    await database.open();

    const chunks = await database.audioChunks.toArray();
    expect(chunks.map(({ answerId, seq, durationMs }) => [answerId, seq, durationMs])).toEqual([
      ['cut-off', 0, 1_000],
      ['cut-off', 1, 2_000],
      ['finished', 0, 1_000],
      ['finished', 1, 2_000],
    ]);
    expect(chunks.map((chunk) => numbers(chunk.bytes))).toEqual([
      [0, 0, 0],
      [1, 1, 1],
      [0, 0, 0],
      [1, 1, 1],
    ]);
    for (const chunk of chunks) expect(chunk).not.toHaveProperty('peaks');
    const peaks = await database.chunkPeaks.toArray();
    expect(peaks.map(({ answerId, seq, durationMs }) => [answerId, seq, durationMs])).toEqual([
      ['cut-off', 0, 1_000],
      ['cut-off', 1, 2_000],
    ]);
    expect(peaks.map((row) => numbers(row.peaks))).toEqual([
      [0, 0],
      [-1, 1],
    ]);
    expect(numbers((await database.answers.get('finished'))?.audio?.peaks ?? [])).toEqual([
      -1, 1, -2, 2, -3, 3,
    ]);
    database.close();
  });

  it("indexes version 6's transcripts for the search, corrections included", async () => {
    const v6 = new Dexie(name);
    v6.version(6).stores({ ...version5Stores, practicePlan: 'key' });
    const session = { ...newSession({ startedAt: 3_000 }), id: 's1', scriptId: 'x', status: 'finished' };
    await v6.table('sessions').put(session);
    await v6.table('answers').bulkPut([
      { ...newAnswer('s1', 0), id: 'a0' },
      { ...newAnswer('s1', 1, { turn: turn('Вопрос', { language: 'ru-RU' }) }), id: 'a1' },
    ]);
    const words = (text: string) =>
      text.split(' ').map((word, index) => ({
        text: word,
        startMs: index * 500,
        endMs: index * 500 + 400,
        confidence: 1,
      }));
    const made = { model: 'm.bin', tookMs: 1, createdAt: 1, sessionId: 's1' };
    await v6.table('transcripts').bulkPut([
      { ...made, answerId: 'a0', language: 'en', words: words('a cash in front') },
      {
        ...made,
        answerId: 'a1',
        language: 'ru',
        words: words('уточню требования'),
        correctedWords: words('уточню всё'),
      },
    ]);
    v6.close();

    const database = new VivaDatabase(name);
    expect((await searchTranscripts('cash', database)).map((hit) => hit.answerId)).toEqual(['a0']);
    expect((await searchTranscripts('все', database)).map((hit) => hit.answerId)).toEqual(['a1']);
    expect(await searchTranscripts('требования', database)).toEqual([]);
    expect(await database.transcriptTerms.count()).toBe(2);
    database.close();
  });

  it("counts each of version 7's interviews' answers into its tally, a cut-off answer by its last chunk", async () => {
    const v7 = new Dexie(name);
    v7.version(7).stores({
      ...version5Stores,
      practicePlan: 'key',
      transcriptTerms: '[startedAt+turnIndex+answerId], &answerId, sessionId, *terms',
    });
    const session = (id: string, startedAt: number) => ({
      ...newSession({ startedAt }),
      id,
      scriptId: 'cap-theorem',
      status: 'finished',
    });
    await v7.table('sessions').bulkPut([session('s1', 1_000), session('s2', 2_000)]);
    await v7.table('answers').bulkPut([
      { ...newAnswer('s1', 0), id: 'a0', audio: audio({ durationMs: 60_000 }) },
      { ...newAnswer('s1', 1), id: 'a1' },
    ]);
    await v7.table('audioChunks').bulkPut([
      { answerId: 'a1', seq: 0, bytes: Uint8Array.of(1), durationMs: 1_000 },
      { answerId: 'a1', seq: 1, bytes: Uint8Array.of(2), durationMs: 1_700 },
    ]);
    v7.close();

    const database = new VivaDatabase(name);
    await database.open();

    expect(database.verno).toBe(9);
    expect((await database.sessions.get('s1'))?.tally).toEqual({
      count: 2,
      summedMs: 60_000,
      openAnswerIds: ['a1'],
    });
    expect((await database.sessions.get('s2'))?.tally).toEqual({ count: 0, summedMs: 0, openAnswerIds: [] });
    const listed = await listSessionSummaries(database);
    expect(
      listed.map(({ session, answerCount, recordedMs }) => [session.id, answerCount, recordedMs]),
    ).toEqual([
      ['s2', 0, 0],
      ['s1', 2, 61_700],
    ]);
    database.close();
  });
  it("queues version 8's recorded answers that have speech and no transcript, for the queue to transcribe", async () => {
    const v8 = new Dexie(name);
    v8.version(8).stores({
      ...version5Stores,
      practicePlan: 'key',
      transcriptTerms: '[startedAt+turnIndex+answerId], &answerId, sessionId, *terms',
    });
    const answer = (id: string, overrides: object) => ({ ...newAnswer('s1', 0), id, ...overrides });
    await v8
      .table('answers')
      .bulkPut([
        answer('spokenPeaks', { audio: audio({ peaks: spokenPeaks }) }),
        answer('transcribed', { audio: audio({ peaks: spokenPeaks }) }),
        answer('silent', { audio: audio() }),
        answer('cut-off', {}),
      ]);
    await v8
      .table('transcripts')
      .put({ answerId: 'transcribed', sessionId: 's1', language: 'en', words: [] });
    v8.close();

    const database = new VivaDatabase(name);
    await database.open();

    expect(database.verno).toBe(9);
    expect(await database.transcriptionJobs.toArray()).toEqual([
      { answerId: 'spokenPeaks', sessionId: 's1', queuedAt: expect.any(Number) as number, attempts: 0 },
    ]);
    database.close();
  });
});
