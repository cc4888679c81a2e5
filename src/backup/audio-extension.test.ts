import { describe, expect, it } from 'vitest';
import { audioExtension } from './audio-extension.ts';

describe('audioExtension', () => {
  it.each([
    ['audio/webm;codecs=opus', 'webm'],
    ['audio/webm', 'webm'],
    ['Audio/WebM; codecs="opus"', 'webm'],
    ['audio/mp4;codecs=opus', 'm4a'],
    ['audio/mp4', 'm4a'],
    ['audio/ogg;codecs=opus', 'ogg'],
    ['', 'bin'],
    ['audio/x-something', 'bin'],
  ])('%j is saved as .%s', (mimeType, extension) => {
    expect(audioExtension(mimeType)).toBe(extension);
  });
});
