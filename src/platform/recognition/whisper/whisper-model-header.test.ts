import { describe, expect, it } from 'vitest';
import { readWhisperModelHeader } from './whisper-model-header.ts';
import { header } from './testing/model-header.ts';

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
