import { rowsOfAnswer } from './chunk-audio.ts';
import type { AnswerRecord, VivaDatabase } from './database.ts';
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
