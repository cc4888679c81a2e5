// The page `npm run transcribe` drives: Viva's Whisper engine (its worker, whisper.cpp in WebAssembly) on
// the files the CLI's server serves, one after the other with the model loaded once.
import { startWhisperEngine } from '../../../src/platform/recognition/whisper/whisper-engine.ts';
import { AUDIO_PATH, MODEL_PATH, PAGE_GLOBAL, type TranscribedFile, type TranscribePage } from './api.ts';

async function fetched(url: string): Promise<Blob> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered HTTP ${String(response.status)}`);
  return response.blob();
}

const transcribe: TranscribePage = async (count, language) => {
  const engine = await startWhisperEngine(await fetched(MODEL_PATH));
  try {
    const files: TranscribedFile[] = [];
    for (let index = 0; index < count; index += 1) {
      const result = await engine.transcribe(await fetched(`${AUDIO_PATH}/${String(index)}`), { language });
      if (result.ok) files.push({ ok: true, words: result.words });
      else if (result.reason === 'undecodable')
        files.push({
          ok: false,
          problem: `Chromium cannot decode it as audio (${result.detail ?? 'no detail'})`,
        });
      else files.push({ ok: false, problem: `Whisper failed: ${result.detail ?? result.reason}` });
    }
    return files;
  } finally {
    engine.dispose();
  }
};

Object.assign(window, { [PAGE_GLOBAL]: transcribe });
