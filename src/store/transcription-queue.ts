import { liveQuery } from 'dexie';
import type { AnswerRecord, TranscriptionJobRecord, VivaDatabase } from './database.ts';
import { db } from './db.ts';
import { isDue } from './transcription-attempts.ts';

/**
 * The queued answers that are due (not given up), with their jobs: an interview's, or every interview's.
 * Jobs whose answer is not stored (a race with a deletion in another tab) are left out.
 */
export async function loadDueAnswers(
  sessionId?: string,
  database: VivaDatabase = db,
): Promise<{ answer: AnswerRecord; job: TranscriptionJobRecord }[]> {
  return database.transaction('r', database.transcriptionJobs, database.answers, async () => {
    const { transcriptionJobs } = database;
    const jobs =
      sessionId === undefined
        ? transcriptionJobs.toCollection()
        : transcriptionJobs.where('sessionId').equals(sessionId);
    const due = await jobs.filter(isDue).toArray();
    const answers = await database.answers.bulkGet(due.map((job) => job.answerId));
    return due.flatMap((job, index) => {
      const answer = answers[index];
      return answer === undefined ? [] : [{ answer, job }];
    });
  });
}

/** Whether any answer waits for its transcript and is due; for the app to start transcribing. */
export async function hasDueAnswers(database: VivaDatabase = db): Promise<boolean> {
  return (await database.transcriptionJobs.filter(isDue).first()) !== undefined;
}

/** An interview's queued answers, by answer id. */
export async function loadTranscriptionJobs(
  sessionId: string,
  database: VivaDatabase = db,
): Promise<ReadonlyMap<string, TranscriptionJobRecord>> {
  const rows = await database.transcriptionJobs.where('sessionId').equals(sessionId).toArray();
  return new Map(rows.map((row) => [row.answerId, row]));
}

/**
 * Counts an attempt as started, before the engine is given the answer: one that crashes the page counts
 * too, so an answer that keeps crashing it stops being tried. False when the job is gone: its transcript
 * was stored meanwhile, by the interview that heard it.
 */
export async function beginTranscriptionAttempt(
  answerId: string,
  database: VivaDatabase = db,
): Promise<boolean> {
  return (
    (await database.transcriptionJobs
      .where('answerId')
      .equals(answerId)
      .modify((job, row) => {
        // The last failure goes: should this attempt crash the page, that is what the next visit tells.
        const { answerId: id, sessionId, queuedAt, again } = job;
        row.value = {
          answerId: id,
          sessionId,
          queuedAt,
          attempts: job.attempts + 1,
          ...(again && { again }),
        };
      })) > 0
  );
}

/** An attempt the candidate stopped (by leaving the review) does not count against the answer. */
export async function withdrawTranscriptionAttempt(
  answerId: string,
  database: VivaDatabase = db,
): Promise<void> {
  await database.transcriptionJobs
    .where('answerId')
    .equals(answerId)
    .modify((job, row) => {
      row.value = { ...job, attempts: Math.max(0, job.attempts - 1) };
    });
}

/** Keeps why an attempt failed, to show it until the next one. */
export async function noteTranscriptionFailure(
  answerId: string,
  failure: string,
  database: VivaDatabase = db,
): Promise<void> {
  await database.transcriptionJobs.update(answerId, { failure });
}

/** Queues an answer again for the engine now chosen, though it has a transcript: asked for by the candidate. */
export async function queueTranscriptionAgain(
  answer: Pick<AnswerRecord, 'id' | 'sessionId'>,
  database: VivaDatabase = db,
): Promise<void> {
  await database.transcriptionJobs.put({
    answerId: answer.id,
    sessionId: answer.sessionId,
    queuedAt: Date.now(),
    attempts: 0,
    again: true,
  });
}

/** "Try again": the interview's answers that stopped being tried get their attempts back. */
export async function retryTranscriptions(sessionId: string, database: VivaDatabase = db): Promise<void> {
  await database.transcriptionJobs
    .where('sessionId')
    .equals(sessionId)
    .modify((job, row) => {
      row.value = { ...job, attempts: 0 };
    });
}

/**
 * Resolves at the queue's next change after now (an answer queued, taken up or transcribed), or at the
 * signal: for a worker that has tried everything due to wait for more without asking again and again.
 */
export function nextQueueChange(signal: AbortSignal, database: VivaDatabase = db): Promise<void> {
  return new Promise((resolve) => {
    let seen = false;
    const done = (): void => {
      subscription.unsubscribe();
      signal.removeEventListener('abort', done);
      resolve();
    };
    // The first answer is the queue as it is now; the next one is a change.
    const subscription = liveQuery(() => database.transcriptionJobs.count()).subscribe({
      next: () => {
        if (seen) done();
        seen = true;
      },
      error: done,
    });
    if (signal.aborted) done();
    else signal.addEventListener('abort', done, { once: true });
  });
}
