import type { InterviewRecords } from '../interview/records.ts';
import { emptyTally, retally, withAnswer, withoutAnswer } from './answer-tally.ts';
import { rowsOfAnswer } from './chunk-audio.ts';
import type { AnswerRecord, SessionRow, VivaDatabase } from './database.ts';
import { queueUntranscribed } from './queue-untranscribed.ts';
import { toStorageError } from './storage-errors.ts';

/** The outcome of `write`, or a StorageError that tells the user what happened and what to do. */
async function explained<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * The interview engine's persistence on Dexie. Every chunk writes its rows and reads at most a key, so
 * recording a long answer costs the same per second at its end as at its start; an answer's start and its
 * audio summary also rewrite its interview's tally (what History lists).
 * Every failure is a StorageError, a full disk told apart from other failures, since the interview
 * shows its message to the user.
 */
export function createInterviewRecords(database: VivaDatabase): InterviewRecords {
  const { sessions, answers, audioChunks, chunkPeaks } = database;
  // What storing a recording queues its transcription with.
  const queueTables = [database.transcripts, database.transcriptionJobs];

  // Counting on the primary key reads no row, so checking that an id is stored stays cheap.
  const sessionExists = async (id: string) => (await sessions.where('id').equals(id).count()) > 0;
  const answerExists = async (id: string) => (await answers.where('id').equals(id).count()) > 0;

  const records: InterviewRecords = {
    async startSession(session) {
      const record: SessionRow = {
        ...session,
        id: crypto.randomUUID(),
        scriptId: session.script.id,
        status: 'in-progress',
        tally: emptyTally,
      };
      await sessions.add(record);
      return record.id;
    },

    async finishSession(sessionId, status, endedAt, decisions = []) {
      const changes = decisions.length === 0 ? { status, endedAt } : { status, endedAt, decisions };
      if ((await sessions.update(sessionId, changes)) === 0)
        throw new Error(`No session ${sessionId} is stored.`);
    },

    async resumeSession(sessionId) {
      await database.transaction('rw', sessions, async () => {
        const session = await sessions.get(sessionId);
        if (session === undefined) throw new Error(`No session ${sessionId} is stored.`);
        // Another tab may have resumed or closed it since this one listed it as interrupted.
        if (session.status !== 'interrupted')
          throw new Error(
            'This interview is no longer waiting to be resumed: it was resumed or closed elsewhere.',
          );
        // Rewritten whole: an update cannot remove endedAt, and a session in progress has none.
        const resumed: SessionRow = { ...session, status: 'in-progress' };
        delete (resumed as { endedAt?: number }).endedAt;
        await sessions.put(resumed);
      });
    },

    async keepDecisions(sessionId, decisions) {
      if ((await sessions.update(sessionId, { decisions })) === 0)
        throw new Error(`No session ${sessionId} is stored.`);
    },

    async startAnswer(answer) {
      const record: AnswerRecord = { ...answer, id: crypto.randomUUID() };
      await database.transaction('rw', sessions, answers, async () => {
        if (!(await sessionExists(answer.sessionId)))
          throw new Error(`No session ${answer.sessionId} is stored to add an answer to.`);
        await answers.add(record);
        await retally(sessions, answer.sessionId, (tally) => withAnswer(tally, record));
      });
      return record.id;
    },

    async appendChunk(answerId, { seq, bytes, peaks, durationMs }) {
      await database.transaction('rw', answers, audioChunks, chunkPeaks, async () => {
        if (!(await answerExists(answerId)))
          throw new Error(`No answer ${answerId} is stored to add audio to.`);
        // Copies: a view into a larger buffer would store all of that buffer, and the caller keeps its own.
        await audioChunks.put({ answerId, seq, bytes: bytes.slice(), durationMs });
        await chunkPeaks.put({ answerId, seq, peaks: peaks.slice(), durationMs });
      });
    },

    // Timing and audio are separate fields, so the timing lands before or after the audio without a read.
    async finishAnswerTiming(answerId, timing) {
      if ((await answers.update(answerId, { timing })) === 0)
        throw new Error(`No answer ${answerId} is stored.`);
    },

    // The summary holds every peak, so the chunks' copies go with the same write: stored once, and never
    // lost, since a failed write keeps them. The answer is read for its interview, whose tally now counts
    // its recorded length rather than its last chunk's.
    async finishAnswerAudio(answerId, audio) {
      await database.transaction('rw', [sessions, answers, chunkPeaks, ...queueTables], async () => {
        const answer = await answers.get(answerId);
        if (answer === undefined) throw new Error(`No answer ${answerId} is stored.`);
        await answers.update(answerId, { audio });
        await queueUntranscribed(database, [{ ...answer, audio }]);
        await retally(sessions, answer.sessionId, (tally) =>
          withAnswer(withoutAnswer(tally, answer), { id: answerId, audio }),
        );
        await rowsOfAnswer(chunkPeaks, answerId).delete();
      });
    },
  };
  return {
    startSession: (session) => explained(() => records.startSession(session)),
    finishSession: (...args) => explained(() => records.finishSession(...args)),
    resumeSession: (sessionId) => explained(() => records.resumeSession(sessionId)),
    keepDecisions: (...args) => explained(() => records.keepDecisions(...args)),
    startAnswer: (answer) => explained(() => records.startAnswer(answer)),
    appendChunk: (...args) => explained(() => records.appendChunk(...args)),
    finishAnswerTiming: (...args) => explained(() => records.finishAnswerTiming(...args)),
    finishAnswerAudio: (...args) => explained(() => records.finishAnswerAudio(...args)),
  };
}
