// The backup zip's layout: what the export writes and the import reads.
//
//   viva-backup.json         BackupJson below: the interviews' rows as the app stores them
//   audio/<answer-id>.webm   one answer's recording, its chunks joined in seq order (.m4a for MP4 audio)
//
// The audio is exactly the bytes recorded, not re-muxed: each chunk's size is listed in the JSON so the
// import restores the very rows the export read, and loadAnswerAudio gives back the bytes recorded. A
// Duration is written only into single-answer downloads (answer-audio-file.ts), where players need it.
// Insights are derived from the stored peaks and timings, so they are recomputed rather than stored.
import type { AnswerAudio } from '../interview/records.ts';
import type {
  AnswerAssessmentRecord,
  AnswerRecord,
  PracticePlanRecord,
  SessionAssessmentRecord,
  SessionRecord,
  TranscriptRecord,
} from '../store/database.ts';
import { audioExtension } from './audio-extension.ts';

export const backupFormat = 'viva-backup';
/** Raised only when a version of Viva writes what this one could not read correctly. */
export const backupVersion = 1;
export const manifestPath = 'viva-backup.json';

/** Where an answer's recording is in the zip. */
export function audioPath(answerId: string, mimeType: string): string {
  return `audio/${answerId}.${audioExtension(mimeType)}`;
}

/** One stored chunk of an answer's audio, without its bytes: those are in the audio file, in seq order. */
export interface BackupChunkJson {
  readonly seq: number;
  /** How many bytes of the audio file are this chunk's. */
  readonly size: number;
  readonly durationMs: number;
  /**
   * The chunk's waveform peaks (int8), base64: empty once the answer's audio summary holds them all, as the
   * app stores them only for an answer cut off before it had one (older backups carry them for every chunk).
   */
  readonly peaks: string;
}

/** An answer's row, with its peaks as base64, where its audio is and how it was chunked. */
export interface BackupAnswerJson extends Omit<AnswerRecord, 'audio'> {
  readonly audio?: Omit<AnswerAudio, 'peaks'> & { readonly peaks: string };
  /** The zip entry holding the answer's audio (possibly empty, when no chunk was recorded). */
  readonly audioFile: string;
  readonly chunks: readonly BackupChunkJson[];
}

/** viva-backup.json. */
export interface BackupJson {
  readonly format: typeof backupFormat;
  readonly version: typeof backupVersion;
  /** Milliseconds since the epoch. */
  readonly exportedAt: number;
  readonly sessions: readonly SessionRecord[];
  readonly answers: readonly BackupAnswerJson[];
  readonly answerAssessments: readonly AnswerAssessmentRecord[];
  readonly sessionAssessments: readonly SessionAssessmentRecord[];
  /** The answers' transcripts; absent in backups made before Viva transcribed, which import as before. */
  readonly transcripts?: readonly TranscriptRecord[];
  /**
   * The practice plan, in a backup of every interview (a backup of a few leaves it out). Its schedule is not
   * stored: the interviews in the backup replay to it.
   */
  readonly practicePlan?: PracticePlanRecord;
}
