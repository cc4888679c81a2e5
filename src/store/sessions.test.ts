import { describe, expect, it } from 'vitest';
import type { InterviewRecords } from '../interview/records.ts';
import type { VivaDatabase } from './database.ts';
import { loadSession } from './sessions.ts';
import { newAnswer, newSession, freshStoreEachTest } from './testing/interview-fixture.ts';

let database: VivaDatabase;
let records: InterviewRecords;
freshStoreEachTest((store) => ({ database, records } = store));

describe('loadSession', () => {
  it('gives the session with its own answers in turn order', async () => {
    const sessionId = await records.startSession(newSession());
    const other = await records.startSession(newSession({ startedAt: 5_000 }));
    await records.startAnswer(newAnswer(other, 0));
    for (const turnIndex of [2, 0, 1]) await records.startAnswer(newAnswer(sessionId, turnIndex));

    const loaded = await loadSession(sessionId, database);

    expect(loaded?.session).toMatchObject({ id: sessionId, status: 'in-progress', startedAt: 1_000 });
    expect(loaded?.answers.map((a) => [a.sessionId, a.turnIndex])).toEqual([
      [sessionId, 0],
      [sessionId, 1],
      [sessionId, 2],
    ]);
  });

  it('gives undefined for a session that is not stored', async () => {
    expect(await loadSession('missing', database)).toBeUndefined();
  });
});
