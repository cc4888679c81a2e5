import { describe, expect, it } from 'vitest';
import { readWhisperModelHeader, whisperHeaderBytes } from './whisper-model-header.ts';

/** A header as whisper.cpp writes it: 'ggml' and eleven little-endian int32 hyper-parameters. */
function header(values: {
  vocabulary?: number;
  audioContext?: number;
  audioWidth?: number;
  audioLayers?: number;
  mels?: number;
  fileType?: number;
  magic?: number;
}): Uint8Array {
  const view = new DataView(new ArrayBuffer(whisperHeaderBytes));
  view.setUint32(0, values.magic ?? 0x67676d6c, true);
  const fields = [
    values.vocabulary ?? 51_865,
    values.audioContext ?? 1500,
    values.audioWidth ?? 512,
    8,
    values.audioLayers ?? 6,
    448,
    values.audioWidth ?? 512,
    8,
    values.audioLayers ?? 6,
    values.mels ?? 80,
    values.fileType ?? 1,
  ];
  fields.forEach((value, index) => {
    view.setInt32(4 + index * 4, value, true);
  });
  return new Uint8Array(view.buffer);
}

describe('readWhisperModelHeader', () => {
  it.each([
    ['base, multilingual, f16', {}, { size: 'base', multilingual: true, weights: 'f16' }],
    ['base.en', { vocabulary: 51_864 }, { size: 'base', multilingual: false, weights: 'f16' }],
    [
      'tiny q8_0',
      { audioWidth: 384, audioLayers: 4, fileType: 7 },
      { size: 'tiny', multilingual: true, weights: 'q8_0' },
    ],
    [
      'small q5_1 of quantisation version 2',
      { audioWidth: 768, audioLayers: 12, fileType: 2009 },
      { size: 'small', multilingual: true, weights: 'q5_1' },
    ],
    [
      'large-v3 (128 mel bands)',
      { audioWidth: 1280, audioLayers: 32, mels: 128, vocabulary: 51_866 },
      { size: 'large', multilingual: true, weights: 'f16' },
    ],
    [
      'a distilled model of unusual depth',
      { audioLayers: 2 },
      { size: 'custom', multilingual: true, weights: 'f16' },
    ],
  ])('reads %s', (_, values, info) => {
    expect(readWhisperModelHeader(header(values))).toEqual({ ok: true, info });
  });

  it.each([
    [
      'a text file',
      new TextEncoder().encode('These are my notes, and they go on for a while longer.'),
      /found "Thes"\); expected a ggml-\*\.bin model$/,
    ],
    ['a zip archive', header({ magic: 0x04034b50 }), /found "PK\\u0003\\u0004"|found 50 4b 03 04/],
    [
      'a file shorter than a header',
      new Uint8Array(10),
      /^the file has 10 bytes, fewer than a model's header \(48\)$/,
    ],
    [
      'a ggml file of another kind of model',
      header({ audioContext: 2048 }),
      /not a Whisper model's \(audio context 2048, 80 mel bands\)/,
    ],
  ])('refuses %s, saying what it found', (_, bytes, problem) => {
    const check = readWhisperModelHeader(bytes);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(problem);
  });
});
