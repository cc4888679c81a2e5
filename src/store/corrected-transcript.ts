import type { TranscriptRecord } from './database.ts';

/**
 * A transcript as its readers take it: with the candidate's corrections as its words. Applied where
 * transcripts are read, so the review, the analysis, the search and the practice plan agree.
 * Apart from transcripts.ts so the database's upgrade can use it without importing the app's database.
 */
export function asCorrected(transcript: TranscriptRecord): TranscriptRecord {
  return transcript.correctedWords === undefined
    ? transcript
    : { ...transcript, words: transcript.correctedWords };
}
