import type { RecognisedWord } from '../platform/recognition/recognition.ts';
import { correctedWords } from '../transcription/corrected-words.ts';
import { transcriptText } from '../transcription/transcript-files.ts';
import { asCorrected } from './corrected-transcript.ts';
import type { TranscriptRecord, VivaDatabase } from './database.ts';
import { db } from './db.ts';
import { indexTranscripts } from './transcript-index.ts';

/** The tables a change of transcripts writes: the transcripts, and the search index kept from them. */
function indexed(database: VivaDatabase) {
  const { sessions, answers, transcripts, transcriptTerms } = database;
  return [sessions, answers, transcripts, transcriptTerms];
}

/** What storing a transcript writes: those, and the queue it takes its answer off. */
const withQueue = (database: VivaDatabase) => [...indexed(database), database.transcriptionJobs];

/**
 * Keeps an answer's transcript, replacing one made before, and indexes its words for the search. The
 * candidate's correction of the one before is kept, timed anew from the words just heard: transcribing
 * again never loses what they wrote.
 */
export async function saveTranscript(
  transcript: TranscriptRecord,
  database: VivaDatabase = db,
): Promise<void> {
  await database.transaction('rw', withQueue(database), async () => {
    const written =
      transcript.correctedWords === undefined
        ? (await database.transcripts.get(transcript.answerId))?.correctedWords
        : undefined;
    const kept = written && correctionOf(transcript.words, transcriptText(written));
    const stored = kept === undefined ? transcript : { ...transcript, correctedWords: kept };
    await database.transcripts.put(stored);
    await indexTranscripts(database, [stored]);
    await database.transcriptionJobs.delete(transcript.answerId);
  });
}

/** The words of a corrected text, timed from what was heard; undefined when the text is what was heard. */
function correctionOf(heard: readonly RecognisedWord[], text: string): RecognisedWord[] | undefined {
  const corrected = correctedWords(heard, text);
  const unchanged =
    corrected.length === heard.length && corrected.every((word, index) => word.text === heard[index]?.text);
  return unchanged ? undefined : corrected;
}

/** Sets or removes an answer's correction, and indexes the words it now says. */
async function updateCorrection(
  database: VivaDatabase,
  answerId: string,
  correctedWords: readonly RecognisedWord[] | undefined,
): Promise<void> {
  // Dexie deletes a property updated to undefined: the transcript is then as heard.
  await database.transcripts.update(answerId, { correctedWords });
  const updated = await database.transcripts.get(answerId);
  if (updated !== undefined) await indexTranscripts(database, [updated]);
}

/** The transcripts of an interview's answers, by answer id, corrections applied. */
export async function loadTranscripts(
  sessionId: string,
  database: VivaDatabase = db,
): Promise<ReadonlyMap<string, TranscriptRecord>> {
  const rows = await database.transcripts.where('sessionId').equals(sessionId).toArray();
  return new Map(rows.map((row) => [row.answerId, asCorrected(row)]));
}

/**
 * Stores the candidate's corrected text of a transcript, timed from what was heard; the heard words are kept.
 * A text equal to what was heard removes the correction.
 */
export async function correctTranscript(
  answerId: string,
  text: string,
  database: VivaDatabase = db,
): Promise<void> {
  await database.transaction('rw', indexed(database), async () => {
    const stored = await database.transcripts.get(answerId);
    if (stored === undefined) throw new Error('This answer has no transcript to correct any more.');
    await updateCorrection(database, answerId, correctionOf(stored.words, text));
  });
}

/** Goes back to the words as they were heard. */
export async function undoTranscriptCorrection(answerId: string, database: VivaDatabase = db): Promise<void> {
  await database.transaction('rw', indexed(database), () => updateCorrection(database, answerId, undefined));
}
