// The app's Whisper engine kept loaded from one call to the next, so that the bench can measure the
// browser between loading the model and transcribing.
import type { RecognitionLanguage } from '../../src/platform/recognition/recognition.ts';
import {
  startWhisperEngine,
  type WhisperRecognitionEngine,
} from '../../src/platform/recognition/whisper/whisper-engine.ts';
import { fetchedBlob } from '../../scripts/transcribe/page/transcribe-in-turn.ts';
import { FIXTURE_PATH, MODEL_URL, type WorkerMemory } from './api.ts';

let loaded: WhisperRecognitionEngine | undefined;

function engine(): WhisperRecognitionEngine {
  if (loaded === undefined) throw new Error('Load Whisper first (loadWhisper).');
  return loaded;
}

export async function loadWhisper(): Promise<void> {
  if (loaded !== undefined) throw new Error('Whisper is loaded already.');
  loaded = await startWhisperEngine(await fetchedBlob(MODEL_URL));
}

export async function transcribeWithLoadedWhisper(
  names: readonly string[],
  language: RecognitionLanguage,
): Promise<WorkerMemory> {
  const whisper = engine();
  const loadedHeapBytes = whisper.heapBytes;
  let heapBytes = loadedHeapBytes;
  for (const name of names) {
    const result = await whisper.transcribe(await fetchedBlob(`${FIXTURE_PATH}/${name}`), { language });
    if (!result.ok) throw new Error(`${name}: ${result.reason} ${result.detail ?? ''}`);
    heapBytes = Math.max(heapBytes, whisper.heapBytes);
  }
  return { loadedHeapBytes, heapBytes };
}

export function stopWhisper(): void {
  engine().dispose();
  loaded = undefined;
}
