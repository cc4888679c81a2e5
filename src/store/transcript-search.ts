import { findWords, type WordsFound } from '../analysis/find-words.ts';
import type { SessionRecord, TranscriptRecord, VivaDatabase } from './database.ts';
import { db } from './db.ts';
import { candidateAnswers } from './transcript-index.ts';
import { asCorrected } from './corrected-transcript.ts';

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

/** How many candidates' transcripts are read at a time: as many as can be shown, so a common word reads one batch. */
const READ_BATCH = maximumHits;

/**
 * The answers whose transcripts say the query, the newest interview first, then in interview order. The index
 * names the answers that say all of the query's words; only their transcripts are read, in that order, until
 * enough say them in the query's order, so a search reads a handful of transcripts, never the whole history.
 */
export async function searchTranscripts(
  query: string,
  database: VivaDatabase = db,
): Promise<TranscriptHit[]> {
  if (query.trim() === '') return [];
  const { sessions, answers, transcripts, transcriptTerms } = database;
  return database.transaction('r', sessions, answers, transcripts, transcriptTerms, async () => {
    const candidates = await candidateAnswers(transcriptTerms, query);
    const matching: { transcript: TranscriptRecord; found: readonly WordsFound[] }[] = [];
    for (let start = 0; start < candidates.length && matching.length < maximumHits; start += READ_BATCH) {
      const read = await transcripts.bulkGet(
        candidates.slice(start, start + READ_BATCH).map(([, , answerId]) => answerId),
      );
      for (const stored of read) {
        if (stored === undefined || matching.length === maximumHits) continue;
        const transcript = asCorrected(stored);
        const found = findWords(transcript.words, query, transcript.language);
        if (found.length > 0) matching.push({ transcript, found });
      }
    }
    const answered = await answers.bulkGet(matching.map(({ transcript }) => transcript.answerId));
    const interviews = new Map(
      (await sessions.bulkGet([...new Set(matching.map(({ transcript }) => transcript.sessionId))])).flatMap(
        (session) => (session === undefined ? [] : [[session.id, session] as const]),
      ),
    );
    return matching.flatMap(({ transcript, found }, index) => {
      const answer = answered[index];
      const session = interviews.get(transcript.sessionId);
      if (answer === undefined || session === undefined) return [];
      return [
        { session, answerId: answer.id, prompt: answer.turn.text, language: answer.turn.language, found },
      ];
    });
  });
}
