import { correctedWords } from '../transcription/corrected-words.ts';
import { transcriptText } from '../transcription/transcript-files.ts';
import type { RecognisedWord } from '../platform/recognition/recognition.ts';
import type { TranscriptRecord, VivaDatabase } from './database.ts';
import { db } from './db.ts';

/**
 * Keeps an answer's transcript, replacing one made before. The candidate's correction of the one before
 * is kept, timed anew from the words just heard: transcribing again never loses what they wrote.
 */
export async function saveTranscript(
  transcript: TranscriptRecord,
  database: VivaDatabase = db,
): Promise<void> {
  await database.transaction('rw', database.transcripts, async () => {
    const written =
      transcript.correctedWords === undefined
        ? (await database.transcripts.get(transcript.answerId))?.correctedWords
        : undefined;
    const kept = written && correctionOf(transcript.words, transcriptText(written));
    await database.transcripts.put(kept === undefined ? transcript : { ...transcript, correctedWords: kept });
  });
}

/** The words of a corrected text, timed from what was heard; undefined when the text is what was heard. */
function correctionOf(heard: readonly RecognisedWord[], text: string): RecognisedWord[] | undefined {
  const corrected = correctedWords(heard, text);
  const unchanged =
    corrected.length === heard.length && corrected.every((word, index) => word.text === heard[index]?.text);
  return unchanged ? undefined : corrected;
}

/**
 * A transcript as its readers take it: with the candidate's corrections as its words. Applied where
 * transcripts are read, so the review, the analysis, the search and the practice plan agree.
 */
export function asCorrected(transcript: TranscriptRecord): TranscriptRecord {
  return transcript.correctedWords === undefined
    ? transcript
    : { ...transcript, words: transcript.correctedWords };
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
  await database.transaction('rw', database.transcripts, async () => {
    const stored = await database.transcripts.get(answerId);
    if (stored === undefined) throw new Error('This answer has no transcript to correct any more.');
    // Dexie deletes a property updated to undefined: the transcript is then as heard.
    await database.transcripts.update(answerId, { correctedWords: correctionOf(stored.words, text) });
  });
}

/** Goes back to the words as they were heard. */
export async function undoTranscriptCorrection(answerId: string, database: VivaDatabase = db): Promise<void> {
  await database.transcripts.update(answerId, { correctedWords: undefined });
}
