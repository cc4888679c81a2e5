/** `npm run whisper-model [-- f16|q8_0]`: makes the test model (see scripts/whisper-model/model-cache.ts). */
import { ensureWhisperModel } from './whisper-model/model-cache.ts';

const weights = process.argv[2] ?? 'q8_0';
if (weights !== 'f16' && weights !== 'q8_0') {
  console.error(`whisper-model: weights must be f16 or q8_0, got "${weights}"`);
  process.exit(2);
}
console.log(ensureWhisperModel(weights));
