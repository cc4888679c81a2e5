import { describe, expect, it } from 'vitest';
import { PeakAccumulator, toInt8 } from './peak-accumulator.ts';
import type { PeakBlock } from './peak-accumulator.ts';

function sine(frames: number, amplitude: number, sampleRate: number, hz = 1000): Float32Array {
  return Float32Array.from(
    { length: frames },
    (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate),
  );
}

function feed(accumulator: PeakAccumulator, ...pieces: Float32Array[]): PeakBlock[] {
  const blocks: PeakBlock[] = [];
  for (const piece of pieces) accumulator.add(piece, (block) => blocks.push(block));
  return blocks;
}

describe('PeakAccumulator', () => {
  it('summarises a sine of known amplitude in blocks of sampleRate / 50 frames', () => {
    const blocks = feed(new PeakAccumulator(48_000), sine(48_000, 0.5, 48_000));
    expect(blocks).toHaveLength(50);
    for (const block of blocks) {
      expect(block.frames).toBe(960);
      expect(block.min).toBe(-64);
      expect(block.max).toBe(64);
      expect(block.peak).toBeCloseTo(0.5, 3);
      // A 1 kHz sine puts samples on its crests, and 960 frames hold 20 whole periods.
      expect(Math.sqrt(block.sumSquares / block.frames)).toBeCloseTo(0.5 / Math.SQRT2, 6);
    }
  });

  it('gives zeros for silence', () => {
    const blocks = feed(new PeakAccumulator(16_000), new Float32Array(640));
    expect(blocks).toEqual([
      { min: 0, max: 0, frames: 320, sumSquares: 0, peak: 0 },
      { min: 0, max: 0, frames: 320, sumSquares: 0, peak: 0 },
    ]);
  });

  it('carries a block across calls of any size, render quanta included', () => {
    const signal = sine(44_100, 0.8, 44_100, 3);
    const whole = feed(new PeakAccumulator(44_100), signal);
    const quanta: Float32Array[] = [];
    for (let start = 0; start < signal.length; start += 128) quanta.push(signal.subarray(start, start + 128));
    const pieces = feed(new PeakAccumulator(44_100), ...quanta);
    const odd = feed(
      new PeakAccumulator(44_100),
      signal.subarray(0, 1),
      signal.subarray(1, 881),
      signal.subarray(881),
    );
    expect(whole).toHaveLength(50);
    expect(pieces.map((b) => [b.min, b.max, b.frames])).toEqual(whole.map((b) => [b.min, b.max, b.frames]));
    expect(odd.map((b) => [b.min, b.max, b.frames])).toEqual(whole.map((b) => [b.min, b.max, b.frames]));
  });

  it('keeps a block open until it is full', () => {
    const accumulator = new PeakAccumulator(48_000);
    expect(feed(accumulator, new Float32Array(959).fill(0.25))).toEqual([]);
    const [block] = feed(accumulator, Float32Array.of(-1));
    expect(block).toMatchObject({ min: -127, max: 32, frames: 960, peak: 1 });
  });

  it('gives exactly 50 blocks a second when the rate does not divide by 50', () => {
    const blocks = feed(new PeakAccumulator(11_025), new Float32Array(11_025 * 2));
    expect(blocks).toHaveLength(100);
    expect(new Set(blocks.map((b) => b.frames))).toEqual(new Set([220, 221]));
    expect(blocks.reduce((sum, b) => sum + b.frames, 0)).toBe(22_050);
  });

  it('flushes a partial block and counts later blocks from there', () => {
    const accumulator = new PeakAccumulator(48_000);
    const blocks: PeakBlock[] = [];
    accumulator.add(new Float32Array(1000).fill(0.5), (b) => blocks.push(b));
    accumulator.flush((b) => blocks.push(b));
    accumulator.flush((b) => blocks.push(b));
    accumulator.add(new Float32Array(960).fill(-0.5), (b) => blocks.push(b));
    expect(blocks.map((b) => [b.frames, b.min, b.max])).toEqual([
      [960, 64, 64],
      [40, 64, 64],
      [960, -64, -64],
    ]);
  });
});

describe('toInt8', () => {
  it('scales to ±127 and clamps what clips', () => {
    expect([toInt8(1), toInt8(-1), toInt8(0), toInt8(0.5), toInt8(1.7), toInt8(-3)]).toEqual([
      127, -127, 0, 64, 127, -127,
    ]);
  });
});
