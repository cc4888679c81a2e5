import { Dexie } from 'dexie';
import type { AnswerRecord, SessionRecord, VivaDatabase } from './database.ts';
import { db } from './db.ts';

/** A session with its answers in the order of its plan. */
export interface LoadedSession {
  readonly session: SessionRecord;
  readonly answers: readonly AnswerRecord[];
}

/** One session and its answers, or undefined when no session has that id. */
export async function loadSession(
  id: string,
  database: VivaDatabase = db,
): Promise<LoadedSession | undefined> {
  return database.transaction('r', database.sessions, database.answers, async () => {
    const session = await database.sessions.get(id);
    if (!session) return undefined;
    // The compound index returns the session's answers already ordered by turn.
    const answers = await database.answers
      .where('[sessionId+turnIndex]')
      .between([id, Dexie.minKey], [id, Dexie.maxKey])
      .toArray();
    return { session, answers };
  });
}
