import { interviewTables, type SessionRow, type VivaDatabase } from './database.ts';
import { db } from './db.ts';
import { lastChunkDuration } from './recorded-duration.ts';

/** One past interview as the history lists it. */
export interface SessionSummary {
  readonly session: SessionRow;
  readonly answerCount: number;
  /** The answers' recordings added up. */
  readonly recordedMs: number;
}

/** Which interviews the history lists; an absent script id lists them all. */
export interface SessionFilter {
  readonly scriptId?: string | undefined;
}

/**
 * Past interviews, the most recently started first, each with its number of answers and recorded time.
 * Reads the interviews' rows alone, whose tallies hold both (see answer-tally.ts), and of an answer still
 * without its audio summary only the last chunk: no answer row, however long the history.
 */
export async function listSessionSummaries(
  filter: SessionFilter,
  database: VivaDatabase = db,
): Promise<SessionSummary[]> {
  const { sessions, audioChunks } = database;
  return database.transaction('r', sessions, audioChunks, async () => {
    const listed =
      filter.scriptId === undefined
        ? await sessions.orderBy('startedAt').reverse().toArray()
        : await sessions.where('scriptId').equals(filter.scriptId).reverse().sortBy('startedAt');
    // Only answers still without a summary are looked up, all at once: most interviews have none, and an
    // await per interview costs more than reading its row.
    const open = listed.flatMap((session) => session.tally.openAnswerIds);
    const lengths = new Map(
      await Promise.all(open.map(async (id) => [id, await lastChunkDuration(id, database)] as const)),
    );
    return listed.map((session) => {
      const { count, summedMs, openAnswerIds } = session.tally;
      const recordedMs = openAnswerIds.reduce((sum, id) => sum + (lengths.get(id) ?? 0), summedMs);
      return { session, answerCount: count, recordedMs };
    });
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
