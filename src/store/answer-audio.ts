import { Dexie } from 'dexie';
import type { AudioChunkRecord, VivaDatabase } from './database.ts';
import { db } from './db.ts';

/** One answer's recording, ready to play and to draw. */
export interface LoadedAnswerAudio {
  readonly blob: Blob;
  readonly peaks: Int8Array;
  readonly durationMs: number;
}

/**
 * An answer's recording from its chunks. When the recorder never finished (the app stopped mid-answer),
 * the chunks' own peaks and durations stand in for the summary it would have written.
 */
export async function loadAnswerAudio(
  answerId: string,
  database: VivaDatabase = db,
): Promise<LoadedAnswerAudio> {
  const { answer, chunks } = await database.transaction(
    'r',
    database.answers,
    database.audioChunks,
    async () => ({
      answer: await database.answers.get(answerId),
      // The primary key orders an answer's chunks by seq, whatever order they were written in.
      chunks: await database.audioChunks
        .where('[answerId+seq]')
        .between([answerId, Dexie.minKey], [answerId, Dexie.maxKey])
        .toArray(),
    }),
  );
  if (!answer) throw new Error(`No answer ${answerId} is stored.`);

  // The recorder's own MIME type, once it has stopped, may name the codec the requested one did not.
  const type = answer.audio?.mimeType ?? answer.mimeType;
  const blob = new Blob(
    chunks.map((chunk) => chunk.bytes),
    { type },
  );
  if (answer.audio) return { blob, peaks: answer.audio.peaks, durationMs: answer.audio.durationMs };
  return { blob, peaks: concatPeaks(chunks), durationMs: chunks.at(-1)?.durationMs ?? 0 };
}

function concatPeaks(chunks: readonly AudioChunkRecord[]): Int8Array {
  const peaks = new Int8Array(chunks.reduce((length, chunk) => length + chunk.peaks.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    peaks.set(chunk.peaks, offset);
    offset += chunk.peaks.length;
  }
  return peaks;
}
