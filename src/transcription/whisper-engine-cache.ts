import type { RecognitionEngine } from '../platform/recognition/recognition.ts';
import type { RecognitionModelRecord } from '../store/database.ts';

let current: { readonly addedAt: number; readonly engine: Promise<RecognitionEngine> } | undefined;

/**
 * The Whisper engine for the stored model, started once and shared until disposed of (the review stops it
 * when it closes). Another model disposes of the engine before; an engine that failed to start is tried
 * again next time. whisper.cpp loads only here, never with the first page.
 */
export function whisperEngineFor(model: RecognitionModelRecord): Promise<RecognitionEngine> {
  if (current?.addedAt === model.addedAt) return current.engine;
  disposeWhisperEngine();
  const engine = import('../platform/recognition/whisper/whisper-engine.ts').then(({ startWhisperEngine }) =>
    startWhisperEngine(model.file),
  );
  current = { addedAt: model.addedAt, engine };
  engine.catch(() => {
    if (current?.engine === engine) current = undefined;
  });
  return engine;
}

/** Stops the running engine, if any (the model was removed). */
export function disposeWhisperEngine(): void {
  current?.engine.then(
    (engine) => {
      engine.dispose();
    },
    () => undefined,
  );
  current = undefined;
}
