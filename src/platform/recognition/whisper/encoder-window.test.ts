import { describe, expect, it } from 'vitest';
import { encoderFrames } from './encoder-window.ts';

describe('encoderFrames', () => {
  it.each([
    ['no audio: the margin alone', 0, 250],
    ['6 s: 300 frames and the margin', 6 * 16_000, 550],
    ['a frame and a sample: rounded up', 321, 252],
    ['26 s: the margin would pass the full window, which is the most', 26 * 16_000, 1500],
    ['30 s exactly: the full window', 30 * 16_000, 1500],
    ['a sample past 30 s: window by window, each full', 30 * 16_000 + 1, 0],
    ['2 minutes: window by window', 120 * 16_000, 0],
  ])('%s', (_, samples, frames) => {
    expect(encoderFrames(samples)).toBe(frames);
  });
});
