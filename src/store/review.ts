import type { AnswerRecord, SessionRecord, VivaDatabase } from './database.ts';
import { db } from './db.ts';
import {
  emptyAnswerAssessment,
  emptySessionAssessment,
  type AnswerAssessment,
  type SessionAssessment,
} from './assessments.ts';
import { loadSession } from './sessions.ts';

/** Everything the review of one interview shows. */
export interface SessionReview {
  readonly session: SessionRecord;
  /** In the order of the plan. */
  readonly answers: readonly AnswerRecord[];
  /** One for every answer, an empty one where the candidate has not assessed it yet. */
  readonly answerAssessments: ReadonlyMap<string, AnswerAssessment>;
  readonly sessionAssessment: SessionAssessment;
}

/** An interview with its answers and self-assessments, read together; undefined when it is not stored. */
export async function loadSessionReview(
  sessionId: string,
  database: VivaDatabase = db,
): Promise<SessionReview | undefined> {
  const { sessions, answers, answerAssessments, sessionAssessments } = database;
  return database.transaction('r', [sessions, answers, answerAssessments, sessionAssessments], async () => {
    const loaded = await loadSession(sessionId, database);
    if (!loaded) return undefined;
    const assessed = new Map(
      (await answerAssessments.where('sessionId').equals(sessionId).toArray()).map((a) => [a.answerId, a]),
    );
    return {
      ...loaded,
      answerAssessments: new Map(
        loaded.answers.map((answer) => [
          answer.id,
          assessed.get(answer.id) ?? emptyAnswerAssessment(answer.id, sessionId),
        ]),
      ),
      sessionAssessment: (await sessionAssessments.get(sessionId)) ?? emptySessionAssessment(sessionId),
    };
  });
}
