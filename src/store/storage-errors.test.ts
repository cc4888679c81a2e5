import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { VivaDatabase } from './database.ts';
import { createInterviewRecords } from './interview-records.ts';
import { StorageError, storageProblemOf, toStorageError } from './storage-errors.ts';
import { chunk, newAnswer, newSession, testDatabase } from './testing/interview-fixture.ts';

let database: VivaDatabase | undefined;
afterEach(async () => {
  await database?.delete();
  database = undefined;
});

describe('storageProblemOf', () => {
  it('finds a full quota whether the browser threw it or Dexie wrapped it in an aborted transaction', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(storageProblemOf(quota)).toBe('full');
    expect(storageProblemOf(new Dexie.QuotaExceededError(quota))).toBe('full');
    expect(storageProblemOf(new Dexie.AbortError('Transaction aborted', quota))).toBe('full');
  });

  it('tells a database closed by another tab from any other failure', () => {
    expect(storageProblemOf(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(storageProblemOf(new Dexie.AbortError('Transaction aborted'))).toBe('failed');
    expect(storageProblemOf(new Error('No answer 7 is stored.'))).toBe('failed');
    expect(storageProblemOf('a string')).toBe('failed');
  });
});

describe('toStorageError', () => {
  it('says what happened, what is kept and what to do, keeping the original as its cause', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const full = toStorageError(quota);
    expect(full).toBeInstanceOf(StorageError);
    expect(full.problem).toBe('full');
    expect(full.cause).toBe(quota);
    expect(full.message).toMatch(/storage for this site is full/);
    expect(full.message).toMatch(/up to its last saved second/);
    expect(full.message).toMatch(/export a backup .*delete old interviews in History.*free disk space/);

    const other = toStorageError(new Error('Disk I/O error'));
    expect(other.message).toMatch(/refused to save the recording \(Disk I\/O error\)/);
    expect(toStorageError(full)).toBe(full);
  });
});

describe('interview records on a database closed by another tab', () => {
  it('reject with the closed-database message, and what was written before is kept', async () => {
    database = testDatabase();
    const records = createInterviewRecords(database);
    const sessionId = await records.startSession(newSession());
    const answerId = await records.startAnswer(newAnswer(sessionId, 0));
    await records.appendChunk(answerId, chunk(0));

    database.close();
    const failure = records.appendChunk(answerId, chunk(1));
    await expect(failure).rejects.toBeInstanceOf(StorageError);
    await expect(failure).rejects.toMatchObject({ problem: 'closed' });

    await database.open();
    expect(await database.audioChunks.where('answerId').equals(answerId).count()).toBe(1);
  });
});
