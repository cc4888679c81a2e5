import { Dexie, type EntityTable, type InsertType, type Table, type Transaction } from 'dexie';
import type {
  AnswerAudio,
  AnswerTiming,
  LeftOutTurn,
  NewAnswer,
  TurnDecision,
  NewSession,
  SessionStatus,
} from '../interview/records.ts';
import type { RecognisedWord, RecognitionLanguage } from '../platform/recognition/recognition.ts';
import type { WhisperModelInfo } from '../platform/recognition/whisper/whisper-model-header.ts';
import type { Script } from '../script/model.ts';
import { tallyEverySession, type AnswerTally } from './answer-tally.ts';
import {
  rebuildTranscriptIndex,
  upgradeTables,
  type TranscriptTermsKey,
  type TranscriptTermsRecord,
} from './transcript-index.ts';
import { queueEveryUntranscribed } from './queue-untranscribed.ts';

/** A script the user imported from their own file, kept until they delete it. */
export interface ImportedScriptRecord {
  /** The script's id: re-importing a script with the same id replaces it. */
  readonly id: string;
  readonly script: Script;
  /** The name of the file it came from, to tell the user where a script was imported from; none for a
   * script written in Viva's editor. */
  readonly fileName?: string;
  /** Milliseconds since the epoch. */
  readonly importedAt: number;
}

/** One interview as it was started, and how it ended. */
export interface SessionRecord extends NewSession {
  readonly id: string;
  /** The script's id, copied out of `script` so sessions can be filtered by script through an index. */
  readonly scriptId: string;
  readonly status: SessionStatus;
  /** Absent while the session is in progress, or when the app stopped before it could end it. */
  readonly endedAt?: number;
  /** What the interviewer decided about each probe, follow-up and trap, and why; absent when none came up. */
  readonly decisions?: readonly TurnDecision[];
  /** Sessions recorded before `decisions`: the follow-ups and traps left out for time (read with `decisionsOf`). */
  readonly leftOut?: readonly LeftOutTurn[];
}

/** An interview as the database keeps it: with the tally of its answers, which backups leave out. */
export interface SessionRow extends SessionRecord {
  readonly tally: AnswerTally;
}

/** One answer of a session. Its audio is in `audioChunks`, written while it was recorded. */
export interface AnswerRecord extends NewAnswer {
  readonly id: string;
  /** Absent while the turn runs, or when the app stopped before the turn ended. */
  readonly timing?: AnswerTiming;
  /** Absent while recording, or when the app stopped before the recorder did; the chunks are then all there is. */
  readonly audio?: AnswerAudio;
}

/** About a second of an answer's audio, written as it was recorded so a crash loses at most that. */
export interface AudioChunkRecord {
  readonly answerId: string;
  readonly seq: number;
  /** A Uint8Array rather than a Blob: Blobs do not survive structured cloning in every engine. */
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Audio recorded up to the end of this chunk, so the last chunk tells an unfinished answer's length. */
  readonly durationMs: number;
}

/**
 * The waveform peaks of one audio chunk, kept only until the answer's audio summary holds them all:
 * they let an answer cut off by a crash be drawn and measured. Apart from the chunk's bytes, so that
 * deleting them once the summary is stored removes small rows instead of rewriting the audio.
 */
export interface ChunkPeaksRecord {
  readonly answerId: string;
  readonly seq: number;
  readonly peaks: Int8Array<ArrayBuffer>;
  /** As the chunk's own: recovery reads these rows alone, never the audio bytes. */
  readonly durationMs: number;
}

/** An audio chunk as versions 2 and 3 stored it, its peaks included, for the upgrade to version 4. */
interface ChunkWithPeaksV3 extends AudioChunkRecord {
  readonly peaks?: Int8Array<ArrayBuffer>;
}

/** A note pinned to a moment of an answer's recording. */
export interface PinnedNote {
  readonly id: string;
  /** Position in the recording, in milliseconds from its start. */
  readonly atMs: number;
  readonly text: string;
}

/** The candidate's own judgement of one answer, written after answering and editable any time later. */
export interface AnswerAssessmentRecord {
  readonly answerId: string;
  readonly sessionId: string;
  /** 1 (poor) to 5 (excellent); absent until rated. */
  readonly rating?: number;
  /** The checklist items (checkpoint or rubric texts) the candidate ticked as covered. */
  readonly covered: readonly string[];
  /**
   * Items the candidate says the answer did not cover, where the transcript's analysis said it did. Absent
   * in records from before the analysis: then nothing was unticked.
   */
  readonly notCovered?: readonly string[];
  readonly notes: string;
  readonly pins: readonly PinnedNote[];
  readonly updatedAt: number;
}

/** The candidate's judgement of a whole interview: the general self-practice checklist and free notes. */
export interface SessionAssessmentRecord {
  readonly sessionId: string;
  /** The general checklist items ticked (from the fixed self-practice list). */
  readonly covered: readonly string[];
  readonly notes: string;
  readonly updatedAt: number;
}

/** What the recogniser heard in one answer, made on the device after the interview. */
export interface TranscriptRecord {
  readonly answerId: string;
  readonly sessionId: string;
  /** The language it was transcribed in: the prompt's. */
  readonly language: RecognitionLanguage;
  readonly words: readonly RecognisedWord[];
  /**
   * The candidate's corrections of `words`, timed from them (see correctedWords); absent when uncorrected.
   * Everything that reads a transcript reads these when present (see `asCorrected`); `words` stays as heard.
   */
  readonly correctedWords?: readonly RecognisedWord[];
  /** Which model made it (its file name), so a transcript can be told apart from one a better model makes. */
  readonly model: string;
  /**
   * How long the recogniser took, in milliseconds: what the README's speed figures are checked against. For
   * an answer heard while it was recorded, how long after its end the words were ready.
   */
  readonly tookMs: number;
  readonly createdAt: number;
}

/**
 * An answer waiting for its transcript: queued when its recording is stored (or repaired after a crash, or
 * restored from a backup), gone once its transcript is stored or its interview deleted. Kept in the database
 * so that a reload, a crash or a closed tab loses no request, and a recording that keeps failing (or keeps
 * crashing the page) stops being tried after a few attempts instead of at every visit.
 */
export interface TranscriptionJobRecord {
  readonly answerId: string;
  readonly sessionId: string;
  readonly queuedAt: number;
  /** Attempts started: counted when one starts, so an attempt that crashed the page counts too. */
  readonly attempts: number;
  /** Why the last attempt failed; absent until one has. */
  readonly failure?: string;
  /** Asked for again (another model) though the answer has a transcript, which stays until the new one is made. */
  readonly again?: true;
}

/** The Whisper model the user chose, kept on the device so transcription works offline. One row, 'whisper'. */
export interface RecognitionModelRecord {
  readonly key: 'whisper';
  readonly fileName: string;
  readonly info: WhisperModelInfo;
  readonly bytes: number;
  readonly file: Blob;
  readonly addedAt: number;
}

/**
 * The interview the candidate is preparing for, as one row: its name, its date and the scripts it covers.
 * The schedule itself is not stored: it is replayed from the attempts (src/practice/schedule.ts).
 */
export interface PracticePlanRecord {
  readonly key: 'plan';
  /** What the candidate calls it, e.g. "Go senior at Acme". */
  readonly name: string;
  /** `2026-12-14`: a calendar day, the same wherever the candidate travels; absent: practise without a date. */
  readonly interviewDate?: string;
  /** The scripts whose questions are practised, by library key; one no longer in the library is skipped. */
  readonly scriptKeys: readonly string[];
  readonly updatedAt: number;
}

/** The app's settings, stored as one row. */
export interface SettingsRecord {
  readonly key: 'app';
  /** Unknown until validated: a row written by another version of the app may have another shape. */
  readonly value: unknown;
}

/**
 * Viva's one IndexedDB database. Every schema change is a new `version(n)` below the ones before it,
 * so that data recorded by an older version of the app is upgraded, never lost.
 * The class is separate from its singleton (`db.ts`) so tests can open their own on fake-indexeddb.
 */
export class VivaDatabase extends Dexie {
  declare readonly importedScripts: EntityTable<ImportedScriptRecord, 'id'>;
  declare readonly sessions: EntityTable<SessionRow, 'id'>;
  declare readonly answers: EntityTable<AnswerRecord, 'id'>;
  declare readonly audioChunks: Table<AudioChunkRecord, [string, number]>;
  declare readonly chunkPeaks: Table<ChunkPeaksRecord, [string, number]>;
  declare readonly settings: EntityTable<SettingsRecord, 'key'>;
  declare readonly answerAssessments: EntityTable<AnswerAssessmentRecord, 'answerId'>;
  declare readonly sessionAssessments: EntityTable<SessionAssessmentRecord, 'sessionId'>;
  declare readonly transcripts: EntityTable<TranscriptRecord, 'answerId'>;
  declare readonly recognitionModels: EntityTable<RecognitionModelRecord, 'key'>;
  declare readonly practicePlan: EntityTable<PracticePlanRecord, 'key'>;
  declare readonly transcriptTerms: Table<TranscriptTermsRecord, TranscriptTermsKey>;
  declare readonly transcriptionJobs: EntityTable<TranscriptionJobRecord, 'answerId'>;

  constructor(name = 'viva') {
    super(name);
    this.version(1).stores({ importedScripts: 'id, importedAt' });
    // Later per-answer data (transcripts, insights) gets its own tables keyed by answerId in a new
    // version, so these rows never have to be rewritten to make room for it.
    this.version(2).stores({
      sessions: 'id, startedAt, status, scriptId',
      answers: 'id, sessionId, [sessionId+turnIndex], startedAt',
      audioChunks: '[answerId+seq], answerId',
      settings: 'key',
    });
    // Self-assessment lives beside the recordings, keyed by them, so deleting an interview deletes it too.
    this.version(3).stores({
      answerAssessments: 'answerId, sessionId',
      sessionAssessments: 'sessionId',
    });
    // Peaks were stored twice, with every chunk and in the answer's summary. They move to their own table,
    // kept only for answers that have no summary yet; a one-time rewrite of the chunks to drop theirs.
    this.version(4).stores({ chunkPeaks: '[answerId+seq], answerId' }).upgrade(moveChunkPeaks);
    // Transcripts beside the answers they were made of; the recognition model in a table of its own.
    this.version(5).stores({ transcripts: 'answerId, sessionId', recognitionModels: 'key' });
    // The practice plan: one row. Nothing else changes, so no upgrade function: every older row stays as it is.
    this.version(6).stores({ practicePlan: 'key' });
    // The transcripts' words as a search index (term → answers), so a search reads only the transcripts that
    // say its words. Derived, so built here from the transcripts already stored, and never backed up.
    this.version(7)
      .stores({ transcriptTerms: '[startedAt+turnIndex+answerId], &answerId, sessionId, *terms' })
      .upgrade((transaction) => rebuildTranscriptIndex(upgradeTables(transaction)));
    // Each interview's answer count and recorded time on its own row, so History lists interviews without
    // reading their answers. No index changes; every interview stored gets its tally counted once.
    this.version(8)
      .stores({})
      .upgrade((transaction) =>
        tallyEverySession(
          transaction.table<SessionRow, string, InsertType<SessionRow, 'id'>>('sessions'),
          transaction.table<AnswerRecord, string, InsertType<AnswerRecord, 'id'>>('answers'),
        ),
      );
    // The transcription queue: every answer that could have a transcript and has none is queued once.
    this.version(9).stores({ transcriptionJobs: 'answerId, sessionId' }).upgrade(queueEveryUntranscribed);
  }
}

/** The tables an interview and everything made of it are kept in: what deleting or restoring one writes. */
export function interviewTables(database: VivaDatabase) {
  return [
    database.sessions,
    database.answers,
    database.audioChunks,
    database.chunkPeaks,
    database.answerAssessments,
    database.sessionAssessments,
    database.transcripts,
    database.transcriptTerms,
    database.transcriptionJobs,
  ];
}

/** How many chunks the upgrade to version 4 holds at once: about a hundred seconds of audio. */
const UPGRADE_BATCH = 100;

/**
 * The upgrade to version 4: every chunk is rewritten without its peaks, and the peaks of answers that
 * have no summary yet (cut off, not yet repaired) go to `chunkPeaks`. In batches, so a long history of
 * recordings is never all in memory; by key, rather than with modify(), whose copy of each row keeps a
 * typed array only when it comes from the page's own realm.
 */
async function moveChunkPeaks(transaction: Transaction): Promise<void> {
  const answers = transaction.table<AnswerRecord, string>('answers');
  const audioChunks = transaction.table<ChunkWithPeaksV3, [string, number]>('audioChunks');
  const chunkPeaks = transaction.table<ChunkPeaksRecord, [string, number]>('chunkPeaks');
  const summed = new Set(await answers.filter((answer) => answer.audio !== undefined).primaryKeys());
  const keys = await audioChunks.toCollection().primaryKeys();
  for (let start = 0; start < keys.length; start += UPGRADE_BATCH) {
    const chunks = await audioChunks.bulkGet(keys.slice(start, start + UPGRADE_BATCH));
    const stored = chunks.filter((chunk) => chunk !== undefined);
    await audioChunks.bulkPut(
      stored.map(({ answerId, seq, bytes, durationMs }) => ({ answerId, seq, bytes, durationMs })),
    );
    await chunkPeaks.bulkAdd(
      stored.flatMap(({ answerId, seq, peaks, durationMs }) =>
        peaks === undefined || summed.has(answerId) ? [] : [{ answerId, seq, peaks, durationMs }],
      ),
    );
  }
}
