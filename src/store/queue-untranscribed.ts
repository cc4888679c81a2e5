import type { InsertType, Transaction } from 'dexie';
import { whyNotTranscribed } from '../transcription/why-not-transcribed.ts';
import type { AnswerRecord, TranscriptionJobRecord, TranscriptRecord, VivaDatabase } from './database.ts';

/** The tables the queue is kept from, as the app's transactions and the upgrade's both give them. */
export type QueueTables = Pick<VivaDatabase, 'answers' | 'transcripts' | 'transcriptionJobs'>;

/**
 * Queues those of these answers that can be transcribed (recorded, with speech, in a language Viva
 * transcribes) and have neither a transcript nor a job. Run it in the transaction that stored them.
 */
export async function queueUntranscribed(
  tables: QueueTables,
  answers: readonly AnswerRecord[],
  queuedAt = Date.now(),
): Promise<void> {
  const wanted = answers.filter((answer) => whyNotTranscribed(answer) === undefined);
  if (wanted.length === 0) return;
  const ids = wanted.map((answer) => answer.id);
  const [transcribed, queued] = await Promise.all([
    tables.transcripts.bulkGet(ids),
    tables.transcriptionJobs.bulkGet(ids),
  ]);
  await tables.transcriptionJobs.bulkPut(
    wanted.flatMap((answer, index) =>
      transcribed[index] === undefined && queued[index] === undefined
        ? [{ answerId: answer.id, sessionId: answer.sessionId, queuedAt, attempts: 0 }]
        : [],
    ),
  );
}

/** How many answers the upgrade holds at once: their audio summaries carry their peaks. */
const UPGRADE_BATCH = 200;

/** The upgrade that adds the queue: every stored answer that could have a transcript and has none. */
export async function queueEveryUntranscribed(transaction: Transaction): Promise<void> {
  const tables: QueueTables = {
    answers: transaction.table<AnswerRecord, string, InsertType<AnswerRecord, 'id'>>('answers'),
    transcripts: transaction.table<TranscriptRecord, string, InsertType<TranscriptRecord, 'answerId'>>(
      'transcripts',
    ),
    transcriptionJobs: transaction.table<TranscriptionJobRecord, string>('transcriptionJobs'),
  };
  const keys = await tables.answers.toCollection().primaryKeys();
  for (let start = 0; start < keys.length; start += UPGRADE_BATCH) {
    const batch = await tables.answers.bulkGet(keys.slice(start, start + UPGRADE_BATCH));
    await queueUntranscribed(
      tables,
      batch.filter((answer) => answer !== undefined),
    );
  }
}
