import { strToU8, Zip, ZipDeflate, ZipPassThrough, type AsyncFlateStreamHandler } from 'fflate';
import type {
  PracticePlanRecord,
  AnswerAssessmentRecord,
  AnswerRecord,
  SessionAssessmentRecord,
  TranscriptRecord,
  SessionRecord,
  SessionRow,
  VivaDatabase,
} from '../store/database.ts';
import { chunkPeaksOf, chunksOf } from '../store/chunk-audio.ts';
import { db } from '../store/db.ts';
import { loadPracticePlan } from '../store/practice-plan.ts';
import { bytesToBase64 } from './base64.ts';
import { describeBytes } from './byte-size.ts';
import { maxBackupBytes, maxManifestBytes, maxZipEntries } from './backup-limits.ts';
import {
  audioPath,
  backupFormat,
  backupVersion,
  manifestPath,
  type BackupAnswerJson,
  type BackupJson,
} from './backup-format.ts';
import { parseBackupJson } from './parse-backup-json.ts';

export interface ExportOptions {
  /** The interviews to export; all of them when absent. */
  readonly sessionIds?: readonly string[];
}

interface Rows {
  readonly practicePlan: PracticePlanRecord | undefined;
  readonly sessions: readonly SessionRecord[];
  readonly answers: readonly AnswerRecord[];
  readonly answerAssessments: readonly AnswerAssessmentRecord[];
  readonly sessionAssessments: readonly SessionAssessmentRecord[];
  readonly transcripts: readonly TranscriptRecord[];
}

/** The zip is gathered into Blobs of about this size, which browsers may keep out of the JavaScript heap. */
const BLOB_PART_BYTES = 8 * 1024 * 1024;

/**
 * A backup zip of some interviews, or of all of them: viva-backup.json and each answer's audio (see
 * backup-format.ts). In memory at once: the rows without audio, one answer's chunks, and the zip being
 * built, which goes into Blobs as it grows. Throws when an interview asked for is not stored, or when
 * the backup would be one this version could not import (too big, or rows it would refuse).
 */
export async function exportBackup(options: ExportOptions = {}, database: VivaDatabase = db): Promise<Blob> {
  const exportedAt = Date.now();
  const rows = await readRows(options.sessionIds, database);
  if (rows.answers.length + 1 > maxZipEntries) {
    throw new Error(
      `${rows.answers.length} answers are too many for one backup; export fewer interviews at a time.`,
    );
  }

  const output = zipOutput();
  const zip = new Zip(output.receive);
  const answers: BackupAnswerJson[] = [];
  for (const answer of rows.answers) answers.push(await addAudio(zip, answer, exportedAt, database));

  const json: BackupJson = {
    format: backupFormat,
    version: backupVersion,
    exportedAt,
    sessions: rows.sessions,
    answers,
    answerAssessments: rows.answerAssessments,
    sessionAssessments: rows.sessionAssessments,
    transcripts: rows.transcripts,
    ...(rows.practicePlan === undefined ? {} : { practicePlan: rows.practicePlan }),
  };
  const text = JSON.stringify(json);
  // A backup is made to be restored: one this version would refuse is better refused now, with the reason.
  const check = parseBackupJson(text);
  if (!check.ok) throw new Error(`This backup could not be made: ${check.reason}`);
  const bytes = strToU8(text);
  if (bytes.length > maxManifestBytes) {
    throw new Error(
      `This backup's ${manifestPath} would be ${describeBytes(bytes.length)}, over the ` +
        `${describeBytes(maxManifestBytes)} an import reads; export fewer interviews at a time.`,
    );
  }
  const manifest = new ZipDeflate(manifestPath, { level: 6 });
  manifest.mtime = exportedAt;
  zip.add(manifest);
  manifest.push(bytes, true);
  zip.end();

  const blob = output.blob();
  if (blob.size > maxBackupBytes) {
    throw new Error(
      `This backup would be ${describeBytes(blob.size)}, over the ${describeBytes(maxBackupBytes)} ` +
        'an import opens; export fewer interviews at a time.',
    );
  }
  return blob;
}

/** The tally is derived from the answers, so a backup leaves it out, as it leaves out the search index. */
function withoutTally(row: SessionRow): SessionRecord {
  const session: SessionRecord & { tally?: SessionRow['tally'] } = { ...row };
  delete session.tally;
  return session;
}

/** The rows of the interviews asked for, read together so that they agree with one another. */
async function readRows(sessionIds: readonly string[] | undefined, database: VivaDatabase): Promise<Rows> {
  const { sessions, answers, answerAssessments, sessionAssessments, transcripts, practicePlan } = database;
  const tables = [sessions, answers, answerAssessments, sessionAssessments, transcripts, practicePlan];
  return database.transaction('r', tables, async () => {
    const asked = sessionIds && [...new Set(sessionIds)];
    const chosen =
      asked === undefined ? await sessions.orderBy('startedAt').toArray() : await sessions.bulkGet(asked);
    const found = chosen.filter((session) => session !== undefined);
    const missing = asked?.find((_, index) => chosen[index] === undefined);
    if (missing !== undefined) throw new Error(`No interview ${missing} is stored.`);

    const ids = found.map((session) => session.id);
    const order = new Map(ids.map((id, index) => [id, index]));
    const stored = await answers.where('sessionId').anyOf(ids).toArray();
    const sorted = stored.sort(
      (a, b) => (order.get(a.sessionId) ?? 0) - (order.get(b.sessionId) ?? 0) || a.turnIndex - b.turnIndex,
    );
    const answerSessions = new Map(sorted.map((answer) => [answer.id, answer.sessionId]));
    return {
      // With every interview, since the schedule is theirs to replay; a backup of a few is not a whole history.
      practicePlan: asked === undefined ? await loadPracticePlan(database) : undefined,
      sessions: found.map(withoutTally),
      answers: sorted,
      // An assessment left behind by a deleted answer would make the backup refuse to import.
      answerAssessments: (await answerAssessments.where('sessionId').anyOf(ids).toArray()).filter(
        (assessment) => answerSessions.get(assessment.answerId) === assessment.sessionId,
      ),
      sessionAssessments: (await sessionAssessments.bulkGet(ids)).filter(
        (assessment) => assessment !== undefined,
      ),
      transcripts: (await transcripts.where('sessionId').anyOf(ids).toArray()).filter(
        (transcript) => answerSessions.get(transcript.answerId) === transcript.sessionId,
      ),
    };
  });
}

/** Streams one answer's chunks into the zip as they are, and describes them for viva-backup.json. */
async function addAudio(
  zip: Zip,
  answer: AnswerRecord,
  exportedAt: number,
  database: VivaDatabase,
): Promise<BackupAnswerJson> {
  const { chunks, chunkPeaks } = await database.transaction(
    'r',
    database.audioChunks,
    database.chunkPeaks,
    async () => ({
      chunks: await chunksOf(answer.id, database),
      chunkPeaks: await chunkPeaksOf(answer.id, database),
    }),
  );
  const peaksBySeq = new Map(chunkPeaks.map(({ seq, peaks }) => [seq, peaks]));
  // Opus and AAC are compressed already: stored, not deflated.
  const file = new ZipPassThrough(audioPath(answer.id, answer.audio?.mimeType ?? answer.mimeType));
  file.mtime = exportedAt;
  zip.add(file);
  for (const chunk of chunks) file.push(chunk.bytes);
  file.push(new Uint8Array(0), true);

  const { audio, ...record } = answer;
  return {
    ...record,
    ...(audio && { audio: { ...audio, peaks: peaksToBase64(audio.peaks) } }),
    audioFile: file.filename,
    chunks: chunks.map(({ seq, bytes, durationMs }) => ({
      seq,
      size: bytes.length,
      durationMs,
      // Empty once the answer's summary holds them all, as stored.
      peaks: peaksToBase64(peaksBySeq.get(seq) ?? new Int8Array(0)),
    })),
  };
}

const peaksToBase64 = (peaks: Int8Array) =>
  bytesToBase64(new Uint8Array(peaks.buffer, peaks.byteOffset, peaks.byteLength));

/** Collects what fflate's Zip emits into Blobs, so the finished zip is never one array on the heap. */
function zipOutput(): { receive: AsyncFlateStreamHandler; blob: () => Blob } {
  const blobs: Blob[] = [];
  let pending: Uint8Array<ArrayBuffer>[] = [];
  let pendingBytes = 0;
  let failure: Error | undefined;

  const flush = () => {
    blobs.push(new Blob(pending));
    pending = [];
    pendingBytes = 0;
  };

  return {
    receive(error, data) {
      if (error) {
        failure = error;
        return;
      }
      pending.push(data);
      pendingBytes += data.length;
      if (pendingBytes >= BLOB_PART_BYTES) flush();
    },
    blob() {
      // fflate's Zip with these entry types works synchronously: after end() the zip is complete.
      if (failure) throw failure;
      flush();
      return new Blob(blobs, { type: 'application/zip' });
    },
  };
}
