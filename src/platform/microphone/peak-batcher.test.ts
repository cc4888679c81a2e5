import { describe, expect, it } from 'vitest';
import { PeakBatcher } from './peak-batcher.ts';
import type { PeakBatch } from './peak-batch.ts';

function batcher(sampleRate = 48_000): { batcher: PeakBatcher; sent: PeakBatch[] } {
  const sent: PeakBatch[] = [];
  return { batcher: new PeakBatcher(sampleRate, (batch) => sent.push(batch)), sent };
}

describe('PeakBatcher', () => {
  it('posts five blocks (100 ms) at a time', () => {
    const { batcher: b, sent } = batcher();
    for (let quantum = 0; quantum < 75; quantum += 1) b.add(new Float32Array(128).fill(0.5));
    // 75 render quanta are 9600 frames: ten blocks, two batches.
    expect(sent).toHaveLength(2);
    for (const batch of sent) {
      expect(batch.frames).toBe(4800);
      expect(Array.from(batch.peaks)).toEqual(Array<number>(10).fill(64));
      expect(batch.sumSquares).toBeCloseTo(4800 * 0.25);
      expect(batch.peak).toBe(0.5);
      expect(batch.mark).toBeUndefined();
    }
  });

  it('cuts on request: everything so far, the unfinished block too, carrying the mark', () => {
    const { batcher: b, sent } = batcher();
    b.add(new Float32Array(2000).fill(-0.25));
    b.cut(7);
    expect(sent).toEqual([
      {
        peaks: Int8Array.of(-32, -32, -32, -32, -32, -32),
        frames: 2000,
        sumSquares: 2000 * 0.0625,
        peak: 0.25,
        mark: 7,
      },
    ]);
    b.add(new Float32Array(4800));
    expect(sent[1]).toMatchObject({ frames: 4800 });
    expect(sent[1]?.peaks).toHaveLength(10);
  });

  it('answers a cut with an empty batch when nothing is pending', () => {
    const { batcher: b, sent } = batcher();
    b.cut(1);
    expect(sent).toEqual([{ peaks: new Int8Array(0), frames: 0, sumSquares: 0, peak: 0, mark: 1 }]);
  });

  it('posts a fresh buffer each time, so transferring one leaves the next intact', () => {
    const { batcher: b, sent } = batcher();
    b.add(new Float32Array(9600).fill(0.5));
    expect(sent[0]?.peaks.buffer).not.toBe(sent[1]?.peaks.buffer);
  });
});
