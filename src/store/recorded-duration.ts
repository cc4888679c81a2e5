import { rowsOfAnswer } from './chunk-audio.ts';
import type { AnswerRecord, SessionRow, VivaDatabase } from './database.ts';
import { db } from './db.ts';

/**
 * How long each answer's recording is, by answer id: the recorder's own measure, or for an answer whose
 * recorder never finished, the length its last chunk reached. Call it inside a transaction that includes
 * `audioChunks`, so the lengths belong to the answers read in it.
 */
export async function recordedDurations(
  answers: readonly AnswerRecord[],
  database: VivaDatabase = db,
): Promise<ReadonlyMap<string, number>> {
  const entries = await Promise.all(
    answers.map(
      async (answer) =>
        [answer.id, answer.audio?.durationMs ?? (await lastChunkDuration(answer.id, database))] as const,
    ),
  );
  return new Map(entries);
}

/** How far an answer's recording got by its last chunk; 0 when it has none. */
export async function lastChunkDuration(answerId: string, database: VivaDatabase): Promise<number> {
  // The primary key orders an answer's chunks by seq, so only the last one is read, not the whole recording.
  const last = await rowsOfAnswer(database.audioChunks, answerId).last();
  return last?.durationMs ?? 0;
}

/**
 * How long each interview's recordings are together, in the order given: its tally's sum (see
 * answer-tally.ts) plus, of an answer still without its audio summary, how far its last chunk got. Reads
 * no answer row; call it inside a transaction that includes `audioChunks`.
 */
export async function recordedTimes(
  sessions: readonly SessionRow[],
  database: VivaDatabase = db,
): Promise<number[]> {
  // Only answers still without a summary are looked up, all at once: most interviews have none, and an
  // await per interview costs more than reading its row.
  const open = sessions.flatMap((session) => session.tally.openAnswerIds);
  const lengths = new Map(
    await Promise.all(open.map(async (id) => [id, await lastChunkDuration(id, database)] as const)),
  );
  return sessions.map(({ tally }) =>
    tally.openAnswerIds.reduce((sum, id) => sum + (lengths.get(id) ?? 0), tally.summedMs),
  );
}
