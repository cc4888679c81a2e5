import { describe, expect, it } from 'vitest';
import { meterLevel, rootMeanSquare } from './level.ts';

describe('meter level', () => {
  it('reads 0 for silence, 1 at full scale, and halfway at −30 dB', () => {
    expect(meterLevel(0)).toBe(0);
    expect(meterLevel(1)).toBe(1);
    expect(meterLevel(10 ** (-30 / 20))).toBeCloseTo(0.5);
    expect(meterLevel(10 ** (-80 / 20))).toBe(0);
  });

  it('never goes above 1 when the input clips', () => {
    expect(meterLevel(1.5)).toBe(1);
  });

  it('takes the RMS from a sum of squares, and 0 from no samples', () => {
    expect(rootMeanSquare(4 * 0.25, 4)).toBe(0.5);
    expect(rootMeanSquare(0, 0)).toBe(0);
  });
});
