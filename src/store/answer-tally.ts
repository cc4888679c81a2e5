import type { EntityTable } from 'dexie';
import type { AnswerRecord, SessionRow } from './database.ts';

/**
 * What History shows of an interview's answers, kept on the interview's own row so that listing a long
 * history reads no answer (an answer's row holds its peaks: kilobytes each). Derived from the answers, so
 * every write of an answer updates it in the same transaction, and a backup's interviews get it on import.
 */
export interface AnswerTally {
  /** Every answer stored, finished or not. */
  readonly count: number;
  /** The recorded length of the answers whose audio summary is stored. */
  readonly summedMs: number;
  /**
   * Answers without an audio summary (still recording, or cut off and not yet repaired): their length grows
   * with every chunk, so it is read from their last chunk when listed rather than written every second.
   */
  readonly openAnswerIds: readonly string[];
}

/** The fields of an answer its interview's tally depends on. */
export type TalliedAnswer = Pick<AnswerRecord, 'id' | 'audio'>;

export const emptyTally: AnswerTally = { count: 0, summedMs: 0, openAnswerIds: [] };

/** The tally with one more answer. */
export function withAnswer(tally: AnswerTally, answer: TalliedAnswer): AnswerTally {
  return answer.audio === undefined
    ? { ...tally, count: tally.count + 1, openAnswerIds: [...tally.openAnswerIds, answer.id] }
    : { ...tally, count: tally.count + 1, summedMs: tally.summedMs + answer.audio.durationMs };
}

/** The tally without an answer it counted. */
export function withoutAnswer(tally: AnswerTally, answer: TalliedAnswer): AnswerTally {
  return answer.audio === undefined
    ? {
        ...tally,
        count: tally.count - 1,
        openAnswerIds: tally.openAnswerIds.filter((id) => id !== answer.id),
      }
    : { ...tally, count: tally.count - 1, summedMs: tally.summedMs - answer.audio.durationMs };
}

/** The tally of an interview's answers, counted from them. */
export function tallyOf(answers: readonly TalliedAnswer[]): AnswerTally {
  return answers.reduce(withAnswer, emptyTally);
}

/**
 * Rewrites an interview's tally. Call it inside the transaction that writes the answer, with `sessions` in
 * its scope, so the tally never disagrees with the answers. Rejects for an unknown interview.
 */
export async function retally(
  sessions: EntityTable<SessionRow, 'id'>,
  sessionId: string,
  change: (tally: AnswerTally) => AnswerTally,
): Promise<void> {
  const session = await sessions.get(sessionId);
  if (session === undefined) throw new Error(`No session ${sessionId} is stored.`);
  await sessions.update(sessionId, { tally: change(session.tally) });
}

/**
 * The upgrade that introduced tallies: each interview's counted from its answers, one interview at a time
 * so that a long history's answers (peaks included) are never all in memory.
 */
export async function tallyEverySession(
  sessions: EntityTable<SessionRow, 'id'>,
  answers: EntityTable<AnswerRecord, 'id'>,
): Promise<void> {
  for (const sessionId of await sessions.toCollection().primaryKeys()) {
    const stored = await answers.where('sessionId').equals(sessionId).toArray();
    await sessions.update(sessionId, { tally: tallyOf(stored) });
  }
}
