import { describe, expect, it } from 'vitest';
import { toWavesurferPeaks } from './wavesurfer-peaks.ts';

describe('toWavesurferPeaks', () => {
  it('puts the maxima in the first channel and the minima in the second, scaled to −1…1', () => {
    const [maxima, minima] = toWavesurferPeaks(Int8Array.of(-127, 127, -64, 32, 0, 0, -1, 127));

    expect([...maxima]).toEqual([1, 32 / 127, 0, 1].map(Math.fround));
    expect([...minima]).toEqual([-1, -64 / 127, 0, -1 / 127].map(Math.fround));
  });

  it('gives one point a pair: 50 a second, 135 000 for 45 minutes', () => {
    const peaks = new Int8Array(45 * 60 * 50 * 2);

    const channels = toWavesurferPeaks(peaks);

    expect(channels.map((channel) => channel.length)).toEqual([135_000, 135_000]);
  });

  it('draws a symmetric signal the same above and below the line', () => {
    const peaks = new Int8Array(200);
    for (let pair = 0; pair < 100; pair++) {
      const level = Math.round(127 * Math.abs(Math.sin(pair / 7)));
      peaks[2 * pair] = -level;
      peaks[2 * pair + 1] = level;
    }

    const [maxima, minima] = toWavesurferPeaks(peaks);

    // 0 − value rather than −value, which would turn silence into −0.
    expect([...minima].map((value) => 0 - value)).toEqual([...maxima]);
    expect(Math.max(...maxima)).toBeLessThanOrEqual(1);
  });

  it('keeps a lopsided signal lopsided rather than mirroring one side', () => {
    const [maxima, minima] = toWavesurferPeaks(Int8Array.of(-10, 100));

    expect(maxima[0]).toBeCloseTo(100 / 127);
    expect(minima[0]).toBeCloseTo(-10 / 127);
  });

  it('clamps −128, which fits the array though the recorder never writes it', () => {
    const [, minima] = toWavesurferPeaks(Int8Array.of(-128, 0));

    expect(minima[0]).toBe(-1);
  });

  it('leaves out a value without its partner, and draws no peaks as one silent point', () => {
    expect(toWavesurferPeaks(Int8Array.of(-5, 5, -9)).map((channel) => channel.length)).toEqual([1, 1]);
    expect(toWavesurferPeaks(new Int8Array(0)).map((channel) => [...channel])).toEqual([[0], [0]]);
  });
});
