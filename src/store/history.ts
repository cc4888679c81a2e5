import { interviewTables, type SessionRecord, type VivaDatabase } from './database.ts';
import { db } from './db.ts';
import { recordedDurations } from './recorded-duration.ts';

/** One past interview as the history lists it. */
export interface SessionSummary {
  readonly session: SessionRecord;
  readonly answerCount: number;
  /** The answers' recordings added up. */
  readonly recordedMs: number;
}

/** Which interviews the history lists; an absent script id lists them all. */
export interface SessionFilter {
  readonly scriptId?: string | undefined;
}

/** Past interviews, the most recently started first, each with its number of answers and recorded time. */
export async function listSessionSummaries(
  filter: SessionFilter,
  database: VivaDatabase = db,
): Promise<SessionSummary[]> {
  const { sessions, answers, audioChunks } = database;
  return database.transaction('r', sessions, answers, audioChunks, async () => {
    const listed =
      filter.scriptId === undefined
        ? await sessions.orderBy('startedAt').reverse().toArray()
        : await sessions.where('scriptId').equals(filter.scriptId).reverse().sortBy('startedAt');
    // One range read per interview rather than anyOf: anyOf walks a cursor key by key, which took seconds
    // over 500 interviews (bench/transcript-search.measure.ts); the reads run together in one transaction.
    const stored = (
      await Promise.all(listed.map((session) => answers.where('sessionId').equals(session.id).toArray()))
    ).flat();
    const durations = await recordedDurations(stored, database);

    const totals = new Map<string, { answerCount: number; recordedMs: number }>();
    for (const answer of stored) {
      const total = totals.get(answer.sessionId) ?? { answerCount: 0, recordedMs: 0 };
      totals.set(answer.sessionId, {
        answerCount: total.answerCount + 1,
        recordedMs: total.recordedMs + (durations.get(answer.id) ?? 0),
      });
    }
    return listed.map((session) => ({
      session,
      ...(totals.get(session.id) ?? { answerCount: 0, recordedMs: 0 }),
    }));
  });
}

/**
 * Deletes an interview with everything recorded for it: its answers, their audio and transcripts, and the self-assessments.
 * All of it goes in one transaction, so a failure part-way deletes nothing. Rejects for an unknown id.
 */
export async function deleteSession(sessionId: string, database: VivaDatabase = db): Promise<void> {
  const { sessions, answers, audioChunks, chunkPeaks, answerAssessments, sessionAssessments } = database;
  const { transcripts, transcriptTerms } = database;
  await database.transaction('rw', interviewTables(database), async () => {
    // Counting on the primary key reads no row.
    if ((await sessions.where('id').equals(sessionId).count()) === 0)
      throw new Error(`No session ${sessionId} is stored.`);
    const answerIds = await answers.where('sessionId').equals(sessionId).primaryKeys();
    await audioChunks.where('answerId').anyOf(answerIds).delete();
    await chunkPeaks.where('answerId').anyOf(answerIds).delete();
    await answerAssessments.where('sessionId').equals(sessionId).delete();
    await transcripts.where('sessionId').equals(sessionId).delete();
    await transcriptTerms.where('sessionId').equals(sessionId).delete();
    await answers.bulkDelete(answerIds);
    await sessionAssessments.delete(sessionId);
    await sessions.delete(sessionId);
  });
}
