import { Dexie, type Collection, type Table } from 'dexie';
import type { AnswerAudio } from '../interview/records.ts';
import type { LevelSummary } from '../platform/microphone/microphone.ts';
import type { AudioChunkRecord, ChunkPeaksRecord, VivaDatabase } from './database.ts';
import { joinPeaks } from '../typed-arrays.ts';

/** An answer's rows of a table keyed [answerId+seq], in seq order (whatever order they were written in). */
export function rowsOfAnswer<T>(table: Table<T, [string, number]>, answerId: string): Collection<T> {
  return table.where('[answerId+seq]').between([answerId, Dexie.minKey], [answerId, Dexie.maxKey]);
}

/** An answer's chunks in seq order. */
export function chunksOf(answerId: string, database: VivaDatabase): Promise<AudioChunkRecord[]> {
  return rowsOfAnswer(database.audioChunks, answerId).toArray();
}

/** The peaks of an answer's chunks in seq order: none once its audio summary is stored. */
export function chunkPeaksOf(answerId: string, database: VivaDatabase): Promise<ChunkPeaksRecord[]> {
  return rowsOfAnswer(database.chunkPeaks, answerId).toArray();
}

/** The waveform peaks of chunks in seq order, joined: the peaks of the whole recording they make. */
export function concatPeaks(chunks: readonly Pick<ChunkPeaksRecord, 'peaks'>[]): Int8Array<ArrayBuffer> {
  return joinPeaks(chunks.map((chunk) => chunk.peaks));
}

/**
 * Loudness read from waveform peaks (min/max pairs scaled to ±127). The samples are gone by then, so the
 * rms is that of the peaks: higher than the samples' own, yet it still tells speech from silence.
 */
export function levelsFromPeaks(peaks: Int8Array): LevelSummary {
  let peak = 0;
  let sumOfSquares = 0;
  for (const value of peaks) {
    peak = Math.max(peak, Math.abs(value));
    sumOfSquares += value * value;
  }
  const rms = peaks.length === 0 ? 0 : Math.sqrt(sumOfSquares / peaks.length) / 127;
  return { peak: Math.min(1, peak / 127), rms: Math.min(1, rms) };
}

/**
 * What the recorder would have summed up about an answer, rebuilt from its chunks' peaks (in seq
 * order) when it never got to: each row carries a chunk's peaks and the duration so far. Undefined when
 * there is no chunk at all, since there is then nothing to play.
 */
export function audioFromChunks(
  mimeType: string,
  chunks: readonly Pick<ChunkPeaksRecord, 'peaks' | 'durationMs'>[],
): AnswerAudio | undefined {
  const last = chunks.at(-1);
  if (last === undefined) return undefined;
  const peaks = concatPeaks(chunks);
  return {
    mimeType,
    durationMs: last.durationMs,
    peaks,
    levels: levelsFromPeaks(peaks),
    chunks: chunks.length,
  };
}
