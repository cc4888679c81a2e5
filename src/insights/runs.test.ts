import { describe, expect, it } from 'vitest';
import { runsOf } from './runs.ts';

describe('runsOf', () => {
  it('splits flags into alternating stretches', () => {
    expect(runsOf(Uint8Array.from([0, 0, 1, 1, 1, 0, 1]))).toEqual([
      { start: 0, end: 2, voiced: false },
      { start: 2, end: 5, voiced: true },
      { start: 5, end: 6, voiced: false },
      { start: 6, end: 7, voiced: true },
    ]);
  });

  it('gives one run for uniform flags and none for no frames', () => {
    expect(runsOf(Uint8Array.from([1, 1, 1]))).toEqual([{ start: 0, end: 3, voiced: true }]);
    expect(runsOf(new Uint8Array(0))).toEqual([]);
  });
});
