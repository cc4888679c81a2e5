import { useLiveQuery } from 'dexie-react-hooks';
import type { RecognitionModelRecord, TranscriptionJobRecord, TranscriptRecord } from './database.ts';
import { loadRecognitionModel } from './recognition-model.ts';
import { loadTranscriptionJobs } from './transcription-queue.ts';
import { loadTranscripts } from './transcripts.ts';

/**
 * The stored Whisper model, live: null when there is none, undefined while it is read. The record holds
 * the file as a Blob, which IndexedDB reads only when the engine loads it.
 */
export function useRecognitionModel(): RecognitionModelRecord | null | undefined {
  return useLiveQuery(async () => (await loadRecognitionModel()) ?? null, []);
}

/** The transcripts of an interview's answers by answer id, live; undefined while they are read. */
export function useTranscripts(sessionId: string): ReadonlyMap<string, TranscriptRecord> | undefined {
  return useLiveQuery(() => loadTranscripts(sessionId), [sessionId]);
}

/** An interview's queued answers by answer id, live; undefined while they are read. */
export function useTranscriptionJobs(
  sessionId: string,
): ReadonlyMap<string, TranscriptionJobRecord> | undefined {
  return useLiveQuery(() => loadTranscriptionJobs(sessionId), [sessionId]);
}
