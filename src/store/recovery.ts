import {
  decisionsOf,
  type AnswerTiming,
  type SessionStatus,
  type TurnDecision,
} from '../interview/records.ts';
import { overtimeMs } from '../interview/timing.ts';
import { tallyOf } from './answer-tally.ts';
import { audioFromChunks, chunkPeaksOf, rowsOfAnswer } from './chunk-audio.ts';
import { Dexie } from 'dexie';
import type { AnswerRecord, SessionRecord, SessionRow, VivaDatabase } from './database.ts';
import { db } from './db.ts';
import { queueUntranscribed } from './queue-untranscribed.ts';

/** An interview the app stopped in the middle of, waiting for the user to resume or close it. */
export interface InterruptedInterview {
  readonly session: SessionRecord;
  /** The turn it stopped at, where resuming continues: that turn is asked again. */
  readonly turnIndex: number;
  /** Answers stored before it stopped, the cut-off one included when anything of it was recorded. */
  readonly answerCount: number;
  /** When it stopped, as far as the stored audio tells. */
  readonly stoppedAt: number;
}

/** The answer given last: the highest turn, and of a turn answered twice (resumed), the later one. */
function lastAnswer(answers: readonly AnswerRecord[]): AnswerRecord | undefined {
  return answers.reduce<AnswerRecord | undefined>((last, answer) => {
    if (last === undefined || answer.turnIndex > last.turnIndex) return answer;
    return answer.turnIndex === last.turnIndex && answer.startedAt > last.startedAt ? answer : last;
  }, undefined);
}

/**
 * Where an interview stopped: the turn of the answer that was cut off, or the next turn the interviewer
 * chose after the last one that ended (the app stopped while asking it): the turns it had decided to leave
 * out are passed over. A turn skipped before its answer began leaves no row, so resuming may ask it again.
 */
export function interruptedTurn(
  answers: readonly AnswerRecord[],
  decisions: readonly TurnDecision[],
): number {
  const last = lastAnswer(answers);
  if (last === undefined) return 0;
  const cutOff = last.timing === undefined || last.timing.endedBy === 'interrupted';
  if (cutOff) return last.turnIndex;
  const leftOut = new Set(decisions.filter(({ asked }) => !asked).map(({ turnIndex }) => turnIndex));
  let next = last.turnIndex + 1;
  while (leftOut.has(next)) next += 1;
  return next;
}

/**
 * Completes an answer the app stopped writing: the audio summary from its chunks' peaks (duration, peaks,
 * levels), which then replaces them, and a timing that ends where the audio does, marked as interrupted.
 * Returns the answer as stored.
 */
async function repairAnswer(
  answer: AnswerRecord,
  session: SessionRecord,
  database: VivaDatabase,
): Promise<AnswerRecord> {
  if (answer.audio !== undefined && answer.timing !== undefined) return answer;
  const audio = answer.audio ?? audioFromChunks(answer.mimeType, await chunkPeaksOf(answer.id, database));
  const durationMs = audio?.durationMs ?? 0;
  // Pauses cannot be told from the chunks (they hold none of the paused time), so the answer is taken as unpaused.
  const timing: AnswerTiming = answer.timing ?? {
    endedAt: answer.startedAt + durationMs,
    endedBy: 'interrupted',
    pausedMs: 0,
    overtimeMs: overtimeMs(answer.turn.budget, session.settings.timing, durationMs),
    sectionMarks: [],
  };
  const repaired = { ...answer, timing, ...(audio && { audio }) };
  await database.answers.put(repaired);
  if (audio !== undefined) await rowsOfAnswer(database.chunkPeaks, answer.id).delete();
  return repaired;
}

/** What an unclosed session becomes once its answers are complete again. */
function statusAfterStop(session: SessionRecord, answers: readonly AnswerRecord[]): SessionStatus {
  // The app stopped while closing an interview the user had ended, or after its last turn.
  if (lastAnswer(answers)?.timing?.endedBy === 'abort') return 'aborted';
  if (interruptedTurn(answers, decisionsOf(session)) >= session.plan.turns.length) return 'finished';
  return 'interrupted';
}

/**
 * Repairs every session still marked in progress: its answers are completed from their chunks and it
 * becomes 'interrupted' (or finished/aborted when it had got that far). Sessions already interrupted get
 * their answers completed too: a storage failure marks its session interrupted without writing the cut-off
 * answer's summary. Call it only while holding the interview lock, so that no tab runs an interview and
 * every such session is one the app stopped in the middle of. Returns how many sessions were in progress.
 */
export async function repairUnclosedSessions(database: VivaDatabase = db): Promise<number> {
  const { sessions, answers, chunkPeaks, transcripts, transcriptionJobs } = database;
  const tables = [sessions, answers, chunkPeaks, transcripts, transcriptionJobs];
  return database.transaction('rw', tables, async () => {
    const stopped = await sessions
      .where('status')
      .anyOf(['in-progress', 'interrupted'] satisfies SessionStatus[])
      .toArray();
    for (const session of stopped) {
      const stored = await answers.where('sessionId').equals(session.id).toArray();
      const repaired: AnswerRecord[] = [];
      for (const answer of stored) repaired.push(await repairAnswer(answer, session, database));
      // What was recorded is queued for its transcript (an answer queued already stays as it is).
      await queueUntranscribed(database, repaired);
      // Repaired answers have their audio summary, so their length moves into the tally.
      const tally = tallyOf(repaired);
      if (session.status !== 'in-progress') {
        await sessions.update(session.id, { tally });
        continue;
      }
      const endedAt = Math.max(session.startedAt, ...repaired.map((answer) => answer.timing?.endedAt ?? 0));
      await sessions.update(session.id, { status: statusAfterStop(session, repaired), endedAt, tally });
    }
    return stopped.filter((session) => session.status === 'in-progress').length;
  });
}

/**
 * The answers of an interview's last turn answered (two or more when it was resumed there), read through the
 * index of turns: the last key names the turn, and only that turn's rows are read, never the earlier
 * answers with their peaks. Call it inside a transaction over `answers`.
 */
async function answersOfLastTurn(sessionId: string, database: VivaDatabase): Promise<AnswerRecord[]> {
  const turns = database.answers.where('[sessionId+turnIndex]');
  const [lastKey] = await turns
    .between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
    .reverse()
    .limit(1)
    .keys();
  if (!Array.isArray(lastKey)) return [];
  return turns.equals(lastKey).toArray();
}

/** An interrupted session with where it stopped, read inside a transaction over sessions and answers. */
async function describeInterrupted(
  session: SessionRow,
  database: VivaDatabase,
): Promise<InterruptedInterview> {
  const { count, openAnswerIds } = session.tally;
  return {
    session,
    // A session from a backup may claim to have stopped past its plan: resume at its last turn then.
    turnIndex: Math.min(
      interruptedTurn(await answersOfLastTurn(session.id, database), decisionsOf(session)),
      session.plan.turns.length - 1,
    ),
    // Its tally says how many answers have their audio summary: every one with anything recorded, once repaired.
    answerCount: count - openAnswerIds.length,
    stoppedAt: session.endedAt ?? session.startedAt,
  };
}

/**
 * Every interrupted interview, the most recently stopped first, with where it stopped. Reads the interrupted
 * interviews' rows and of each only its last turn's answers, so the list costs the same however long the
 * interviews were.
 */
export async function listInterruptedInterviews(
  database: VivaDatabase = db,
): Promise<InterruptedInterview[]> {
  const { sessions, answers } = database;
  return database.transaction('r', sessions, answers, async () => {
    const interrupted = await sessions
      .where('status')
      .equals('interrupted' satisfies SessionStatus)
      .toArray();
    const listed = await Promise.all(interrupted.map((session) => describeInterrupted(session, database)));
    return listed.sort((a, b) => b.stoppedAt - a.stoppedAt);
  });
}

/**
 * Closes an interrupted interview as it stands: it counts as finished and is no longer offered for
 * resuming. Its answers stay as they are, the cut-off one marked as interrupted.
 */
export async function closeInterruptedInterview(
  sessionId: string,
  database: VivaDatabase = db,
): Promise<void> {
  await database.transaction('rw', database.sessions, async () => {
    const session = await database.sessions.get(sessionId);
    if (session?.status !== 'interrupted')
      throw new Error('This interview is no longer interrupted: it was resumed or closed elsewhere.');
    await database.sessions.update(sessionId, { status: 'finished' });
  });
}
