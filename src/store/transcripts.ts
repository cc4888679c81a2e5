import type { TranscriptRecord, VivaDatabase } from './database.ts';
import { db } from './db.ts';

/** Keeps an answer's transcript, replacing one made before. */
export async function saveTranscript(
  transcript: TranscriptRecord,
  database: VivaDatabase = db,
): Promise<void> {
  await database.transcripts.put(transcript);
}

/** The transcripts of an interview's answers, by answer id. */
export async function loadTranscripts(
  sessionId: string,
  database: VivaDatabase = db,
): Promise<ReadonlyMap<string, TranscriptRecord>> {
  const rows = await database.transcripts.where('sessionId').equals(sessionId).toArray();
  return new Map(rows.map((row) => [row.answerId, row]));
}
