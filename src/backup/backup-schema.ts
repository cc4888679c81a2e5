// What viva-backup.json must be before anything of it is stored: every field the import writes, and
// every reference between rows. Each record's shape lists exactly the record's keys (`satisfies`), so a
// field added to a stored record fails to compile here until the backup carries it too.
import { z } from '../zod.ts';
import { phases, type InterviewPlan, type Turn } from '../interview/plan.ts';
import {
  timingModes,
  type AnswerAudio,
  type AnswerTiming,
  type DecisionReason,
  type LeftOutTurn,
  type SessionSettings,
  type SessionStatus,
  type TurnDecision,
  type TurnEnd,
} from '../interview/records.ts';
import type { LevelSummary } from '../platform/microphone/microphone.ts';
import type { RecognisedWord } from '../platform/recognition/recognition.ts';
import { scriptSchema } from '../script/schema.ts';
import { practicePlanSchema } from '../store/practice-plan-schema.ts';
import type {
  AnswerAssessmentRecord,
  AnswerRecord,
  PinnedNote,
  SessionAssessmentRecord,
  SessionRecord,
  TranscriptRecord,
} from '../store/database.ts';
import { base64ToBytes } from './base64.ts';
import { backupFormat, backupVersion, type BackupJson } from './backup-format.ts';

/** A chunk as the import stores it, its bytes still in the audio file. */
export interface RestoredChunk {
  readonly seq: number;
  readonly size: number;
  readonly durationMs: number;
  readonly peaks: Int8Array<ArrayBuffer>;
}

/** An answer's row as it is stored, with where its audio is and how to cut that into chunks. */
export interface RestoredAnswer {
  readonly record: AnswerRecord;
  readonly audioFile: string;
  readonly chunks: readonly RestoredChunk[];
}

/** A validated viva-backup.json, ready to store. */
export interface Backup extends Omit<BackupJson, 'answers'> {
  readonly answers: readonly RestoredAnswer[];
}

type Shape<T> = Record<keyof T, z.ZodType>;

/**
 * Zod runs a refinement even when parts of its value failed (an array with one bad element), handing it
 * values of any shape; these refinements run only on values that passed, so they never throw.
 */
const whenValid = { when: (payload: z.core.ParsePayload) => payload.issues.length === 0 };

// Every status and ending, listed as objects so that one added to the type must be added here.
const sessionStatuses = {
  'in-progress': 'in-progress',
  finished: 'finished',
  aborted: 'aborted',
  interrupted: 'interrupted',
} as const satisfies { [S in SessionStatus]: S };
const turnEnds = {
  done: 'done',
  limit: 'limit',
  skip: 'skip',
  abort: 'abort',
  interrupted: 'interrupted',
} as const satisfies {
  [E in TurnEnd]: E;
};

// Ids become zip entry names; the app's are UUIDs.
const id = z.string().regex(/^[\w-]{1,128}$/, 'expected an id of letters, digits, "-" and "_"');
const count = z.number().int().nonnegative();
const milliseconds = z.number().nonnegative();
/** Milliseconds since the epoch; zod already refuses NaN and infinities. */
const time = z.number();
const peaks = z.base64('expected base64').transform((text) => new Int8Array(base64ToBytes(text).buffer));

const budget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('limit'), seconds: z.number().positive() }),
  z.object({
    kind: z.literal('window'),
    minSeconds: z.number().positive(),
    maxSeconds: z.number().positive(),
  }),
]);

const turn = z.object({
  phase: z.enum(phases),
  text: z.string(),
  language: z.string(),
  budget,
  questionNumber: count.exactOptional(),
  questionIndex: count.exactOptional(),
  questionTitle: z.string().exactOptional(),
  promptIndex: count.exactOptional(),
  probes: z.array(count).exactOptional(),
  code: z.object({ language: z.string(), source: z.string() }).exactOptional(),
  sections: z.array(z.object({ title: z.string(), seconds: z.number().nonnegative() })),
} satisfies Shape<Turn>);

const checkpointTexts = z.array(z.string());
const decisionReason: z.ZodType<DecisionReason> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('time'), leftMs: time, neededMs: time }),
  z.object({ kind: z.literal('covered'), checkpoints: checkpointTexts, quote: z.string(), atMs: time }),
  z.object({ kind: z.literal('not-covered'), checkpoints: checkpointTexts }),
  z.object({ kind: z.enum(['coverage-unknown', 'time-allows', 'not-answered']) }),
  z.object({ kind: z.enum(['thin', 'not-thin']), answerMs: time }),
]);

const session = z
  .object({
    id,
    scriptId: z.string(),
    scriptSource: z.enum(['builtin', 'imported', 'practice']),
    script: scriptSchema,
    plan: z.object({
      turns: z.array(turn),
      questionCount: count,
      budgetSeconds: z.number().nonnegative(),
    } satisfies Shape<InterviewPlan>),
    settings: z.object({ timing: z.enum(timingModes), speech: z.boolean() } satisfies Shape<SessionSettings>),
    startedAt: time,
    status: z.enum(sessionStatuses),
    endedAt: time.exactOptional(),
    decisions: z
      .array(
        z.object({
          turnIndex: count,
          asked: z.boolean(),
          reason: decisionReason,
        } satisfies Shape<TurnDecision>),
      )
      .exactOptional(),
    // Backups made before decisions were kept: their turns left out for time.
    leftOut: z
      .array(z.object({ turnIndex: count, leftMs: time, neededMs: time } satisfies Shape<LeftOutTurn>))
      .exactOptional(),
    practice: z.array(z.object({ scriptKey: z.string(), title: z.string() })).exactOptional(),
  } satisfies Shape<SessionRecord>)
  .refine((record) => record.scriptId === record.script.id, {
    message: 'does not match script.id',
    path: ['scriptId'],
    ...whenValid,
  });

const timing = z.object({
  endedAt: time,
  endedBy: z.enum(turnEnds),
  pausedMs: z.number(),
  overtimeMs: z.number(),
  sectionMarks: z.array(z.number()),
} satisfies Shape<AnswerTiming>);

const audio = z.object({
  mimeType: z.string(),
  durationMs: milliseconds,
  peaks,
  levels: z.object({
    peak: z.number().nonnegative(),
    rms: z.number().nonnegative(),
  } satisfies Shape<LevelSummary>),
  chunks: count,
} satisfies Shape<AnswerAudio>);

const chunk = z.object({
  seq: count,
  size: count,
  durationMs: milliseconds,
  peaks,
} satisfies Shape<RestoredChunk>);

const answer = z
  .object({
    id,
    sessionId: id,
    turnIndex: count,
    turn,
    askedAt: time,
    startedAt: time,
    mimeType: z.string(),
    timing: timing.exactOptional(),
    audio: audio.exactOptional(),
    audioFile: z.string().min(1),
    chunks: z.array(chunk),
  } satisfies Record<keyof AnswerRecord | 'audioFile' | 'chunks', z.ZodType>)
  .superRefine(({ chunks }, context) => {
    // Stored chunks are keyed by [answerId+seq] and joined in seq order; so are the bytes in the file.
    chunks.forEach(({ seq }, index) => {
      const previous = chunks[index - 1];
      if (previous && seq <= previous.seq) {
        context.addIssue({
          code: 'custom',
          path: ['chunks', index, 'seq'],
          message: `expected a seq above ${previous.seq}: chunks are listed in the order of their bytes`,
        });
      }
    });
  }, whenValid)
  .transform(({ audioFile, chunks, ...record }): RestoredAnswer => ({ record, audioFile, chunks }));

// The rules the assessment store keeps when saving (src/store/assessment-validation.ts), kept here too.
const notBlank = z
  .string()
  .refine((text) => text.trim() !== '', { message: 'expected some text', ...whenValid });
const pin = z.object({
  id: z.string().min(1),
  atMs: milliseconds,
  text: notBlank,
} satisfies Shape<PinnedNote>);

const answerAssessment = z.object({
  answerId: id,
  sessionId: id,
  rating: z.number().int().min(1).max(5).exactOptional(),
  covered: z.array(notBlank),
  notCovered: z.array(notBlank).exactOptional(),
  notes: z.string(),
  pins: z.array(pin).refine((pins) => new Set(pins.map((note) => note.id)).size === pins.length, {
    message: 'two pinned notes share an id',
    ...whenValid,
  }),
  updatedAt: time,
} satisfies Shape<AnswerAssessmentRecord>);

const sessionAssessment = z.object({
  sessionId: id,
  covered: z.array(notBlank),
  notes: z.string(),
  updatedAt: time,
} satisfies Shape<SessionAssessmentRecord>);

const recognisedWord = z.object({
  text: z.string().min(1),
  startMs: milliseconds,
  endMs: milliseconds,
  confidence: z.number().min(0).max(1),
} satisfies Shape<RecognisedWord>);

const transcript = z.object({
  answerId: id,
  sessionId: id,
  language: z.enum(['en', 'de', 'ru']),
  words: z.array(recognisedWord),
  correctedWords: z.array(recognisedWord).exactOptional(),
  model: z.string(),
  tookMs: milliseconds,
  createdAt: time,
} satisfies Shape<TranscriptRecord>);

/** viva-backup.json, checked whole: every row's fields, and that every row refers to one in the backup. */
export const backupSchema: z.ZodType<Backup> = z
  .object({
    format: z.literal(backupFormat),
    version: z.literal(backupVersion),
    exportedAt: time,
    sessions: z.array(session),
    answers: z.array(answer),
    answerAssessments: z.array(answerAssessment),
    sessionAssessments: z.array(sessionAssessment),
    transcripts: z.array(transcript).exactOptional(),
    practicePlan: practicePlanSchema.exactOptional(),
  } satisfies Shape<BackupJson>)
  .superRefine(checkReferences, whenValid);

function checkReferences(backup: Backup, context: z.RefinementCtx): void {
  const problem = (path: (string | number)[], message: string) => {
    context.addIssue({ code: 'custom', path, message });
  };
  const turnCounts = new Map<string, number>();
  backup.sessions.forEach(({ id: sessionId, plan, leftOut = [], decisions = [] }, index) => {
    if (turnCounts.has(sessionId))
      problem(['sessions', index, 'id'], `the interview ${sessionId} is listed twice`);
    turnCounts.set(sessionId, plan.turns.length);
    const within =
      (field: string) =>
      ({ turnIndex }: { turnIndex: number }, position: number) => {
        if (turnIndex >= plan.turns.length)
          problem(
            ['sessions', index, field, position, 'turnIndex'],
            `the interview has ${plan.turns.length} turns, so no turn ${turnIndex}`,
          );
      };
    leftOut.forEach(within('leftOut'));
    decisions.forEach(within('decisions'));
  });

  const answerSessions = new Map<string, string>();
  backup.answers.forEach(({ record: { id: answerId, sessionId, turnIndex } }, index) => {
    if (answerSessions.has(answerId))
      problem(['answers', index, 'id'], `the answer ${answerId} is listed twice`);
    answerSessions.set(answerId, sessionId);
    const turns = turnCounts.get(sessionId);
    if (turns === undefined) {
      problem(['answers', index, 'sessionId'], `no interview ${sessionId} is in this backup`);
    } else if (turnIndex >= turns) {
      problem(['answers', index, 'turnIndex'], `the interview has ${turns} turns, so no turn ${turnIndex}`);
    }
  });

  // Rows kept per answer (assessments, transcripts): one an answer, of an answer in the backup, in its interview.
  const checkAnswerRows = (
    table: 'answerAssessments' | 'transcripts',
    rows: readonly { readonly answerId: string; readonly sessionId: string }[],
    twice: string,
  ): void => {
    const seen = new Set<string>();
    rows.forEach(({ answerId, sessionId }, index) => {
      const owner = answerSessions.get(answerId);
      if (seen.has(answerId)) {
        problem([table, index, 'answerId'], `the answer ${answerId} ${twice}`);
      } else if (owner === undefined) {
        problem([table, index, 'answerId'], `no answer ${answerId} is in this backup`);
      } else if (owner !== sessionId) {
        problem([table, index, 'sessionId'], `the answer belongs to the interview ${owner}`);
      }
      seen.add(answerId);
    });
  };
  checkAnswerRows('answerAssessments', backup.answerAssessments, 'is assessed twice');
  checkAnswerRows('transcripts', backup.transcripts ?? [], 'has two transcripts');

  const assessedSessions = new Set<string>();
  backup.sessionAssessments.forEach(({ sessionId }, index) => {
    if (assessedSessions.has(sessionId)) {
      problem(['sessionAssessments', index, 'sessionId'], `the interview ${sessionId} is assessed twice`);
    } else if (!turnCounts.has(sessionId)) {
      problem(['sessionAssessments', index, 'sessionId'], `no interview ${sessionId} is in this backup`);
    }
    assessedSessions.add(sessionId);
  });
}
