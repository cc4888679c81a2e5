// History's list the way it was made before tallies: every answer of every interview read, counted and
// its length added up. What the tallies are checked against, and what the bench times them against.
import type { VivaDatabase } from '../database.ts';
import { recordedDurations } from '../recorded-duration.ts';

export interface CountedSummary {
  readonly sessionId: string;
  readonly answerCount: number;
  readonly recordedMs: number;
}

/** Every interview, the most recently started first, with its answers counted from their rows. */
export async function countedSummaries(database: VivaDatabase): Promise<CountedSummary[]> {
  const { sessions, answers, audioChunks } = database;
  return database.transaction('r', sessions, answers, audioChunks, async () => {
    const listed = await sessions.orderBy('startedAt').reverse().primaryKeys();
    return Promise.all(
      listed.map(async (sessionId) => {
        const stored = await answers.where('sessionId').equals(sessionId).toArray();
        const durations = await recordedDurations(stored, database);
        const recordedMs = [...durations.values()].reduce((sum, ms) => sum + ms, 0);
        return { sessionId, answerCount: stored.length, recordedMs };
      }),
    );
  });
}
