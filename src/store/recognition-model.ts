import {
  readWhisperModelHeader,
  whisperHeaderBytes,
} from '../platform/recognition/whisper/whisper-model-header.ts';
import type { RecognitionModelRecord, VivaDatabase } from './database.ts';
import { db } from './db.ts';

/**
 * Keeps the Whisper model file the user chose, after reading its header: a file that is not a Whisper
 * model is refused with what was found and what was expected, and the model stored before stays.
 */
export async function saveRecognitionModel(
  file: File,
  database: VivaDatabase = db,
  now: number = Date.now(),
): Promise<RecognitionModelRecord> {
  const header = new Uint8Array(await file.slice(0, whisperHeaderBytes).arrayBuffer());
  const check = readWhisperModelHeader(header);
  if (!check.ok) throw new Error(`"${file.name}" is not a Whisper model: ${check.problem}.`);
  const record: RecognitionModelRecord = {
    key: 'whisper',
    fileName: file.name,
    info: check.info,
    bytes: file.size,
    file,
    addedAt: now,
  };
  await database.recognitionModels.put(record);
  return record;
}

/** The stored model, or undefined when the user has not chosen one. */
export function loadRecognitionModel(
  database: VivaDatabase = db,
): Promise<RecognitionModelRecord | undefined> {
  return database.recognitionModels.get('whisper');
}

/** Forgets the model; transcripts it made stay. */
export async function removeRecognitionModel(database: VivaDatabase = db): Promise<void> {
  await database.recognitionModels.delete('whisper');
}
