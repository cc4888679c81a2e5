import {
  interviewTables,
  type AnswerRecord,
  type AudioChunkRecord,
  type ChunkPeaksRecord,
  type SessionRow,
  type VivaDatabase,
} from '../store/database.ts';
import { tallyOf } from '../store/answer-tally.ts';
import { db } from '../store/db.ts';
import { queueUntranscribed } from '../store/queue-untranscribed.ts';
import { indexTranscripts, unindexAnswers } from '../store/transcript-index.ts';
import { manifestPath } from './backup-format.ts';
import { maxAudioExpansion, maxBackupBytes, maxManifestBytes } from './backup-limits.ts';
import type { Backup, RestoredAnswer } from './backup-schema.ts';
import { describeBytes } from './byte-size.ts';
import { parseBackupJson } from './parse-backup-json.ts';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zip-reader.ts';

export type ImportBackupOutcome =
  | {
      readonly ok: true;
      /** Interviews stored, and how many of them replaced one already stored with the same id. */
      readonly sessions: number;
      readonly replaced: number;
      readonly answers: number;
      /** Whether the backup's practice plan was restored: it is when this device has none, or an older one. */
      readonly planRestored: boolean;
    }
  /** Nothing was stored; `reason` says what is wrong and where, in a sentence for the user. */
  | { readonly ok: false; readonly reason: string };

type Failure = Extract<ImportBackupOutcome, { ok: false }>;

const refuse = (reason: string): Failure => ({ ok: false, reason });

/**
 * Restores the interviews of a backup zip made by exportBackup, all or nothing: it is read and checked
 * whole before one transaction stores it. An interview already stored with the same id is replaced
 * whole (its answers, audio and assessments), so importing a backup twice duplicates nothing.
 * Never throws: every failure comes back as a reason, and then nothing was stored.
 */
export async function importBackup(file: Blob, database: VivaDatabase = db): Promise<ImportBackupOutcome> {
  try {
    return await readAndStore(file, database);
  } catch (error) {
    // Reading the file or writing the database failed (the file changed, the disk is full, …).
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return refuse(`Nothing was imported: the backup could not be read or stored (${detail}).`);
  }
}

async function readAndStore(file: Blob, database: VivaDatabase): Promise<ImportBackupOutcome> {
  if (file.size > maxBackupBytes) {
    return refuse(
      `The file is ${describeBytes(file.size)}; backups up to ${describeBytes(maxBackupBytes)} can be imported.`,
    );
  }
  const directory = await readZipDirectory(file);
  if (!directory.ok) return directory;
  const entries = directory.value;
  const manifestEntry = entries.get(manifestPath);
  if (!manifestEntry) return refuse(`This zip has no ${manifestPath}, so it is not a Viva backup.`);

  const manifest = await readZipEntry(file, manifestEntry, maxManifestBytes);
  if (!manifest.ok) return manifest;
  const text = decodeUtf8(manifest.value);
  if (text === undefined) return refuse(`${manifestPath} is not UTF-8 text.`);
  const parsed = parseBackupJson(text);
  if (!parsed.ok) return parsed;
  const { backup } = parsed;

  const found = findAudio(backup.answers, entries, file.size);
  if (!found.ok) return found;
  // All of it is held until the one transaction below, which cannot wait for file reads.
  const chunks: AudioChunkRecord[][] = [];
  for (const { answer, entry } of found.audio) {
    const audio = await readZipEntry(file, entry, entry.size);
    if (!audio.ok) return audio;
    chunks.push(cutIntoChunks(answer, audio.value));
  }

  const { replaced, planRestored } = await store(backup, chunks.flat(), database);
  return {
    ok: true,
    sessions: backup.sessions.length,
    replaced,
    answers: backup.answers.length,
    planRestored,
  };
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Each answer's audio entry, checked against what viva-backup.json says of it before any is decompressed:
 * there, as long as its chunks, and all of them together no bigger than audio from a file this size can be.
 */
function findAudio(
  answers: readonly RestoredAnswer[],
  entries: ReadonlyMap<string, ZipEntry>,
  fileSize: number,
): Failure | { ok: true; audio: readonly { answer: RestoredAnswer; entry: ZipEntry }[] } {
  const audio: { answer: RestoredAnswer; entry: ZipEntry }[] = [];
  let total = 0;
  for (const [index, answer] of answers.entries()) {
    const { audioFile, chunks } = answer;
    const entry = entries.get(audioFile);
    if (!entry) return refuse(`${audioFile} is missing (the audio of ${manifestPath} answers[${index}]).`);
    const listed = chunks.reduce((sum, chunk) => sum + chunk.size, 0);
    if (entry.size !== listed) {
      return refuse(
        `${audioFile} holds ${entry.size} bytes, but ${manifestPath} answers[${index}].chunks list ${listed}.`,
      );
    }
    audio.push({ answer, entry });
    total += entry.size;
  }
  const allowed = Math.min(maxAudioExpansion * fileSize, maxBackupBytes);
  if (total > allowed) {
    return refuse(
      `The audio in this ${describeBytes(fileSize)} zip would expand to ${describeBytes(total)}. Recordings ` +
        'are compressed already and barely shrink in a zip, so this is not a Viva backup (it may be a zip bomb).',
    );
  }
  return { ok: true, audio };
}

/** The answer's stored chunks again, each its own copy of its bytes so IndexedDB stores only those. */
function cutIntoChunks(answer: RestoredAnswer, audio: Uint8Array): AudioChunkRecord[] {
  let offset = 0;
  return answer.chunks.map(({ seq, size, durationMs }) => {
    const bytes = audio.slice(offset, offset + size);
    offset += size;
    return { answerId: answer.record.id, seq, bytes, durationMs };
  });
}

/** The chunks' peaks of the answers without an audio summary, stored as the app keeps them until it has one. */
function unsummedChunkPeaks(answers: readonly RestoredAnswer[]): ChunkPeaksRecord[] {
  return answers
    .filter((answer) => answer.record.audio === undefined)
    .flatMap(({ record, chunks }) =>
      chunks.map(({ seq, peaks, durationMs }) => ({ answerId: record.id, seq, peaks, durationMs })),
    );
}

/** The backup's interviews with the tallies of their answers, which backups do not hold: they are derived. */
function talliedSessions(backup: Backup): SessionRow[] {
  const answersOf = new Map<string, AnswerRecord[]>();
  for (const { record } of backup.answers) {
    const answers = answersOf.get(record.sessionId);
    if (answers === undefined) answersOf.set(record.sessionId, [record]);
    else answers.push(record);
  }
  return backup.sessions.map((session) => ({ ...session, tally: tallyOf(answersOf.get(session.id) ?? []) }));
}

/** Stores the whole backup in one transaction, so a failure anywhere leaves the database as it was. */
async function store(
  backup: Backup,
  chunks: readonly AudioChunkRecord[],
  database: VivaDatabase,
): Promise<{ readonly replaced: number; readonly planRestored: boolean }> {
  const { sessions, answers, audioChunks, chunkPeaks, answerAssessments, sessionAssessments, transcripts } =
    database;
  const { practicePlan, transcriptionJobs } = database;
  const sessionIds = backup.sessions.map((session) => session.id);
  const answerIds = backup.answers.map((answer) => answer.record.id);
  return database.transaction('rw', [...interviewTables(database), practicePlan], async () => {
    const replaced = await sessions.where('id').anyOf(sessionIds).count();
    // A stored interview is replaced whole: answers the backup does not have go, with their audio.
    const storedAnswerIds = await answers.where('sessionId').anyOf(sessionIds).primaryKeys();
    const clearedAnswerIds = [...new Set([...storedAnswerIds, ...answerIds])];
    await audioChunks.where('answerId').anyOf(clearedAnswerIds).delete();
    await chunkPeaks.where('answerId').anyOf(clearedAnswerIds).delete();
    await answerAssessments.where('sessionId').anyOf(sessionIds).delete();
    await answerAssessments.bulkDelete(clearedAnswerIds);
    await sessionAssessments.bulkDelete(sessionIds);
    await transcripts.where('sessionId').anyOf(sessionIds).delete();
    await transcripts.bulkDelete(clearedAnswerIds);
    await unindexAnswers(database, clearedAnswerIds);
    await transcriptionJobs.bulkDelete(clearedAnswerIds);
    await answers.bulkDelete(storedAnswerIds);

    await sessions.bulkPut(talliedSessions(backup));
    await answers.bulkPut(backup.answers.map((answer) => answer.record));
    await audioChunks.bulkAdd([...chunks]);
    await chunkPeaks.bulkAdd(unsummedChunkPeaks(backup.answers));
    await answerAssessments.bulkPut([...backup.answerAssessments]);
    await sessionAssessments.bulkPut([...backup.sessionAssessments]);
    await transcripts.bulkPut([...(backup.transcripts ?? [])]);
    // The search index is not in backups: it is made again from the transcripts restored.
    await indexTranscripts(database, backup.transcripts ?? []);
    // Nor is the queue: the answers restored without a transcript are queued again.
    await queueUntranscribed(
      database,
      backup.answers.map((answer) => answer.record),
    );
    const plan = backup.practicePlan;
    const current = plan && (await practicePlan.get(plan.key));
    const planRestored = plan !== undefined && (current === undefined || current.updatedAt < plan.updatedAt);
    if (planRestored) await practicePlan.put(plan);
    return { replaced, planRestored };
  });
}
