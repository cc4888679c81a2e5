// Viva's Whisper engine (its worker, whisper.cpp in WebAssembly) on recordings one after the other, the model
// loaded once: what `npm run transcribe`'s page and the bench's harness both run, timed.
import type {
  RecognitionLanguage,
  RecognitionResult,
} from '../../../src/platform/recognition/recognition.ts';
import { startWhisperEngine } from '../../../src/platform/recognition/whisper/whisper-engine.ts';

/** One recording's outcome, with what it cost. */
export interface TimedTranscript {
  readonly result: RecognitionResult;
  /** From handing the recording to the engine to its words: decoding included, as in the app. */
  readonly transcribeMs: number;
  /** The worker's WebAssembly memory after it. */
  readonly heapBytes: number;
}

export interface TranscriptsInTurn {
  /** Starting the worker and loading the model. */
  readonly loadMs: number;
  /** The worker's WebAssembly memory once the model is loaded. */
  readonly loadedHeapBytes: number;
  readonly transcripts: readonly TimedTranscript[];
}

/** GETs `url` as a Blob; a failing answer throws, naming the URL. */
export async function fetchedBlob(url: string): Promise<Blob> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered HTTP ${String(response.status)}`);
  return response.blob();
}

/** Starts the engine with the model at `modelUrl`, transcribes each of `recordings` in turn, and stops it. */
export async function transcribeInTurn(
  modelUrl: string,
  recordings: readonly Blob[],
  language: RecognitionLanguage,
): Promise<TranscriptsInTurn> {
  const model = await fetchedBlob(modelUrl);
  const loadStart = performance.now();
  const engine = await startWhisperEngine(model);
  const loadMs = performance.now() - loadStart;
  try {
    const transcripts: TimedTranscript[] = [];
    for (const recording of recordings) {
      const start = performance.now();
      const result = await engine.transcribe(recording, { language });
      transcripts.push({ result, transcribeMs: performance.now() - start, heapBytes: engine.heapBytes });
    }
    return { loadMs, loadedHeapBytes: engine.heapBytes, transcripts };
  } finally {
    engine.dispose();
  }
}
