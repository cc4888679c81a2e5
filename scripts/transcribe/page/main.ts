// The page `npm run transcribe` drives: Viva's Whisper engine on the files the CLI's server serves, one
// after the other with the model loaded once.
import { AUDIO_PATH, MODEL_PATH, PAGE_GLOBAL, type TranscribedFile, type TranscribePage } from './api.ts';
import { fetchedBlob, transcribeInTurn } from './transcribe-in-turn.ts';

const transcribe: TranscribePage = async (count, language) => {
  const recordings = await Promise.all(
    Array.from({ length: count }, (_, index) => fetchedBlob(`${AUDIO_PATH}/${String(index)}`)),
  );
  const { transcripts } = await transcribeInTurn(MODEL_PATH, recordings, language);
  return transcripts.map(({ result }): TranscribedFile => {
    if (result.ok) return { ok: true, words: result.words };
    if (result.reason === 'undecodable')
      return { ok: false, problem: `Chromium cannot decode it as audio (${result.detail ?? 'no detail'})` };
    return { ok: false, problem: `Whisper failed: ${result.detail ?? result.reason}` };
  });
};

Object.assign(window, { [PAGE_GLOBAL]: transcribe });
