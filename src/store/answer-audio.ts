import { chunkPeaksOf, chunksOf, concatPeaks } from './chunk-audio.ts';
import type { VivaDatabase } from './database.ts';
import { db } from './db.ts';

/** One answer's recording, ready to play and to draw. */
export interface LoadedAnswerAudio {
  readonly blob: Blob;
  readonly peaks: Int8Array;
  readonly durationMs: number;
}

/**
 * An answer's recording from its chunks. When the recorder never finished (the app stopped mid-answer),
 * the chunks' peaks and durations stand in for the summary it would have written.
 */
export async function loadAnswerAudio(
  answerId: string,
  database: VivaDatabase = db,
): Promise<LoadedAnswerAudio> {
  const { answer, chunks, chunkPeaks } = await database.transaction(
    'r',
    [database.answers, database.audioChunks, database.chunkPeaks],
    async () => ({
      answer: await database.answers.get(answerId),
      chunks: await chunksOf(answerId, database),
      chunkPeaks: await chunkPeaksOf(answerId, database),
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
  return { blob, peaks: concatPeaks(chunkPeaks), durationMs: chunks.at(-1)?.durationMs ?? 0 };
}
