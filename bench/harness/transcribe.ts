// The app's own Whisper engine (worker, whisper.cpp, decoding) on files the bench serves.
import { decodeSpeech, speechSampleRate } from '../../src/platform/recognition/decode-speech.ts';
import { startWhisperEngine } from '../../src/platform/recognition/whisper/whisper-engine.ts';
import { FIXTURE_PATH, MODEL_URL, type TranscribedClip, type TranscriptionRun } from './api.ts';

async function fetchBlob(url: string): Promise<Blob> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} failed: HTTP ${response.status}`);
  return response.blob();
}

export async function transcribeFiles(
  names: readonly string[],
  language: 'en' | 'de' | 'ru',
): Promise<TranscriptionRun> {
  const model = await fetchBlob(MODEL_URL);
  const loadStart = performance.now();
  const engine = await startWhisperEngine(model);
  const loadMs = performance.now() - loadStart;
  try {
    const clips: TranscribedClip[] = [];
    for (const name of names) {
      const audio = await fetchBlob(`${FIXTURE_PATH}/${name}`);
      const audioMs = ((await decodeSpeech(audio)).length / speechSampleRate) * 1000;
      const start = performance.now();
      const result = await engine.transcribe(audio, { language });
      const transcribeMs = performance.now() - start;
      if (!result.ok) throw new Error(`${name}: ${result.reason} ${result.detail ?? ''}`);
      clips.push({ name, text: result.words.map((word) => word.text).join(' '), audioMs, transcribeMs });
    }
    return { loadMs, clips };
  } finally {
    engine.dispose();
  }
}
