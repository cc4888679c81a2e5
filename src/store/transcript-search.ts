import { findWords, type WordsFound } from '../analysis/find-words.ts';
import type { SessionRecord, VivaDatabase } from './database.ts';
import { db } from './db.ts';
import { asCorrected } from './transcripts.ts';

/** An answer whose transcript says what was searched for, with its interview and the places it says it. */
export interface TranscriptHit {
  readonly session: SessionRecord;
  readonly answerId: string;
  /** What the interviewer asked, in the prompt's language. */
  readonly prompt: string;
  readonly language: string;
  readonly found: readonly WordsFound[];
}

/** Enough answers to find the one meant; a query that finds more asks for a longer query. */
export const maximumHits = 50;

/** The answers whose transcripts say the query, the newest interview first, then in interview order. */
export async function searchTranscripts(
  query: string,
  database: VivaDatabase = db,
): Promise<TranscriptHit[]> {
  if (query.trim() === '') return [];
  const { sessions, answers, transcripts } = database;
  return database.transaction('r', sessions, answers, transcripts, async () => {
    const matching = (await transcripts.toArray()).map(asCorrected).flatMap((transcript) => {
      const found = findWords(transcript.words, query, transcript.language);
      return found.length === 0 ? [] : [{ transcript, found }];
    });
    const answered = new Map(
      (await answers.bulkGet(matching.map(({ transcript }) => transcript.answerId))).flatMap((answer) =>
        answer === undefined ? [] : [[answer.id, answer] as const],
      ),
    );
    const interviews = new Map(
      (await sessions.bulkGet([...new Set(matching.map(({ transcript }) => transcript.sessionId))])).flatMap(
        (session) => (session === undefined ? [] : [[session.id, session] as const]),
      ),
    );
    return matching
      .flatMap(({ transcript, found }) => {
        const answer = answered.get(transcript.answerId);
        const session = interviews.get(transcript.sessionId);
        if (answer === undefined || session === undefined) return [];
        const hit: TranscriptHit = {
          session,
          answerId: answer.id,
          prompt: answer.turn.text,
          language: answer.turn.language,
          found,
        };
        return [{ hit, turnIndex: answer.turnIndex }];
      })
      .sort((a, b) => b.hit.session.startedAt - a.hit.session.startedAt || a.turnIndex - b.turnIndex)
      .slice(0, maximumHits)
      .map(({ hit }) => hit);
  });
}
