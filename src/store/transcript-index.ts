import type { InsertType, Transaction } from 'dexie';
import { textWords, tokenise } from '../analysis/tokens.ts';
import { recognitionLanguages, type RecognitionLanguage } from '../platform/recognition/recognition.ts';
import { asCorrected } from './corrected-transcript.ts';
import type { AnswerRecord, SessionRow, TranscriptRecord, VivaDatabase } from './database.ts';

/**
 * The words one transcribed answer says, as the search looks them up: derived from its transcript (corrections
 * win), rebuilt from the transcripts when the database is upgraded, never backed up. Keyed by the order hits are
 * listed in (its interview's start, then its turn), so the search orders its candidates from their keys alone.
 */
export interface TranscriptTermsRecord {
  readonly startedAt: number;
  readonly turnIndex: number;
  readonly answerId: string;
  readonly sessionId: string;
  /** `language:stem` of every word said, once each: a query's word in that language has the same stem. */
  readonly terms: readonly string[];
}

export type TranscriptTermsKey = [startedAt: number, turnIndex: number, answerId: string];

/** The tables the index is kept from, as the app's transactions and the upgrade's both give them. */
export type IndexTables = Pick<VivaDatabase, 'sessions' | 'answers' | 'transcripts' | 'transcriptTerms'>;

const term = (language: RecognitionLanguage, stem: string) => `${language}:${stem}`;

/** The stems a transcript says, as search terms of its language, each once. */
export function termsOf(transcript: TranscriptRecord): string[] {
  const { words, language } = asCorrected(transcript);
  return [...new Set(tokenise(words, language).map((token) => term(language, token.stem)))];
}

/**
 * A query's terms in every language: its words' stems as an answer in that language would have them. An
 * answer is a candidate when its terms hold all of its language's; the search then checks their order.
 */
export function queryTerms(query: string): ReadonlyMap<RecognitionLanguage, readonly string[]> {
  const words = textWords(query);
  return new Map(
    recognitionLanguages.map((language) => [
      language,
      [...new Set(tokenise(words, language).map((token) => term(language, token.stem)))],
    ]),
  );
}

/**
 * Indexes transcripts just stored, replacing what was indexed for their answers. A transcript whose answer or
 * interview is not stored is left out: the search could not show it. Run it in the transaction that stored them,
 * with all four tables in it, so the index never tells of another version of a transcript.
 */
export async function indexTranscripts(
  tables: IndexTables,
  stored: readonly TranscriptRecord[],
): Promise<void> {
  if (stored.length === 0) return;
  const answerIds = stored.map((transcript) => transcript.answerId);
  const answers = await tables.answers.bulkGet(answerIds);
  const sessions = new Map(
    (await tables.sessions.bulkGet([...new Set(stored.map((transcript) => transcript.sessionId))])).flatMap(
      (session) => (session === undefined ? [] : [[session.id, session] as const]),
    ),
  );
  await unindexAnswers(tables, answerIds);
  await tables.transcriptTerms.bulkPut(
    stored.flatMap((transcript, index) => {
      const answer = answers[index];
      const session = sessions.get(transcript.sessionId);
      if (answer === undefined || session === undefined) return [];
      return [
        {
          startedAt: session.startedAt,
          turnIndex: answer.turnIndex,
          answerId: answer.id,
          sessionId: session.id,
          terms: termsOf(transcript),
        },
      ];
    }),
  );
}

/** Forgets what was indexed for these answers (their transcripts are gone or about to be replaced). */
export async function unindexAnswers(tables: IndexTables, answerIds: readonly string[]): Promise<void> {
  await tables.transcriptTerms.where('answerId').anyOf(answerIds).delete();
}

/** How many transcripts a rebuild holds at once: a few hundred kilobytes of words. */
const REBUILD_BATCH = 200;

/**
 * Indexes every stored transcript afresh, in batches so a long history is never all in memory: the upgrade
 * that adds the index, and whenever the way words are stemmed changes (a new version that calls this again).
 */
export async function rebuildTranscriptIndex(tables: IndexTables): Promise<void> {
  await tables.transcriptTerms.clear();
  const keys = await tables.transcripts.toCollection().primaryKeys();
  for (let start = 0; start < keys.length; start += REBUILD_BATCH) {
    const batch = await tables.transcripts.bulkGet(keys.slice(start, start + REBUILD_BATCH));
    await indexTranscripts(
      tables,
      batch.filter((transcript) => transcript !== undefined),
    );
  }
}

/** The index's tables as an upgrade transaction gives them. */
export function upgradeTables(transaction: Transaction): IndexTables {
  return {
    sessions: transaction.table<SessionRow, string, InsertType<SessionRow, 'id'>>('sessions'),
    answers: transaction.table<AnswerRecord, string, InsertType<AnswerRecord, 'id'>>('answers'),
    transcripts: transaction.table<TranscriptRecord, string, InsertType<TranscriptRecord, 'answerId'>>(
      'transcripts',
    ),
    transcriptTerms: transaction.table<TranscriptTermsRecord, TranscriptTermsKey>('transcriptTerms'),
  };
}

/**
 * The answers that may say a query, by key, in the order the search lists them: the newest interview first,
 * then in interview order. Only keys are read, never a transcript.
 */
export async function candidateAnswers(
  transcriptTerms: IndexTables['transcriptTerms'],
  query: string,
): Promise<TranscriptTermsKey[]> {
  const candidates = new Map<string, TranscriptTermsKey>();
  for (const terms of queryTerms(query).values()) {
    if (terms.length === 0) continue;
    const [first, ...rest] = await Promise.all(
      terms.map((wanted) => transcriptTerms.where('terms').equals(wanted).primaryKeys()),
    );
    const inAll = rest.map((keys) => new Set(keys.map((key) => key[2])));
    for (const key of first ?? []) if (inAll.every((ids) => ids.has(key[2]))) candidates.set(key[2], key);
  }
  return [...candidates.values()].sort((a, b) => b[0] - a[0] || a[1] - b[1]);
}
