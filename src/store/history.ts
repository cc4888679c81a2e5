import { interviewTables, type SessionRow, type VivaDatabase } from './database.ts';
import { db } from './db.ts';
import { recordedTimes } from './recorded-duration.ts';

/** One past interview as the history lists it. */
export interface SessionSummary {
  readonly session: SessionRow;
  readonly answerCount: number;
  /** The answers' recordings added up. */
  readonly recordedMs: number;
}

/** A script History can be filtered by: one with at least one interview. */
export interface ListedScript {
  readonly id: string;
  readonly title: string;
}

/**
 * Every past interview, the most recently started first, each with its number of answers and recorded time.
 * Reads the interviews' rows alone, whose tallies hold both (see answer-tally.ts), and of an answer still
 * without its audio summary only the last chunk: no answer row, however long the history. History reads
 * it once and filters by script itself, since its choice of scripts needs every interview anyway.
 */
export async function listSessionSummaries(database: VivaDatabase = db): Promise<SessionSummary[]> {
  const { sessions, audioChunks } = database;
  return database.transaction('r', sessions, audioChunks, async () => {
    const listed = await sessions.orderBy('startedAt').reverse().toArray();
    const recorded = await recordedTimes(listed, database);
    return listed.map((session, index) => ({
      session,
      answerCount: session.tally.count,
      recordedMs: recorded[index] ?? 0,
    }));
  });
}

/** The interviews of one script, in the order given; every one when no script is asked for. */
export function summariesOfScript(
  summaries: readonly SessionSummary[],
  scriptId: string | undefined,
): readonly SessionSummary[] {
  return scriptId === undefined
    ? summaries
    : summaries.filter((summary) => summary.session.scriptId === scriptId);
}

/** Every script the interviews are of, once each, by title (as its latest interview names it). */
export function scriptsOf(summaries: readonly SessionSummary[]): ListedScript[] {
  const titles = new Map<string, string>();
  for (const { session } of summaries)
    if (!titles.has(session.scriptId)) titles.set(session.scriptId, session.script.title);
  return [...titles].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * Deletes an interview with everything recorded for it: its answers, their audio and transcripts, and the self-assessments.
 * All of it goes in one transaction, so a failure part-way deletes nothing. Rejects for an unknown id.
 */
export async function deleteSession(sessionId: string, database: VivaDatabase = db): Promise<void> {
  const { sessions, answers, audioChunks, chunkPeaks, answerAssessments, sessionAssessments } = database;
  const { transcripts, transcriptTerms, transcriptionJobs } = database;
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
    await transcriptionJobs.where('sessionId').equals(sessionId).delete();
    await answers.bulkDelete(answerIds);
    await sessionAssessments.delete(sessionId);
    await sessions.delete(sessionId);
  });
}
