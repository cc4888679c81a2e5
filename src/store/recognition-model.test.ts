import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VivaDatabase } from './database.ts';
import { loadRecognitionModel, removeRecognitionModel, saveRecognitionModel } from './recognition-model.ts';

/** The first bytes of a multilingual Whisper base model in f16, then filler standing in for the weights. */
function modelFile(name: string): File {
  const view = new DataView(new ArrayBuffer(200));
  view.setUint32(0, 0x67676d6c, true);
  [51_865, 1500, 512, 8, 6, 448, 512, 8, 6, 80, 1].forEach((value, index) => {
    view.setInt32(4 + index * 4, value, true);
  });
  return new File([view.buffer], name);
}

describe('the stored recognition model', () => {
  let database: VivaDatabase;
  beforeEach(async () => {
    database = new VivaDatabase(`model-${crypto.randomUUID()}`);
    await database.open();
  });
  afterEach(async () => {
    await database.delete();
  });

  it('keeps a Whisper model with what its header says, and forgets it on removal', async () => {
    await saveRecognitionModel(modelFile('ggml-base.bin'), database, 1000);
    const stored = await loadRecognitionModel(database);
    expect(stored).toMatchObject({
      fileName: 'ggml-base.bin',
      info: { size: 'base', multilingual: true, weights: 'f16' },
      bytes: 200,
      addedAt: 1000,
    });
    // fake-indexeddb does not keep a Blob's bytes; the end-to-end test loads a stored model in real Chromium.
    await removeRecognitionModel(database);
    expect(await loadRecognitionModel(database)).toBeUndefined();
  });

  it('refuses a file that is not a model, saying what it found, and keeps the model stored before', async () => {
    await saveRecognitionModel(modelFile('ggml-base.bin'), database, 1000);
    await expect(
      saveRecognitionModel(
        new File(['PK\u0003\u0004 not a model at all, a zip archive', 'x'.repeat(60)], 'backup.zip'),
        database,
      ),
    ).rejects.toThrow(
      /^"backup\.zip" is not a Whisper model: it does not start with whisper\.cpp's "ggml" mark/,
    );
    expect((await loadRecognitionModel(database))?.fileName).toBe('ggml-base.bin');
  });
});
