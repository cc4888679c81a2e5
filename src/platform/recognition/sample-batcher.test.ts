import { describe, expect, it } from 'vitest';
import { SampleBatcher } from './sample-batcher.ts';

describe('SampleBatcher', () => {
  it('hands over full batches in order, whatever the block sizes, even when each batch is transferred away', () => {
    const posted: number[][] = [];
    const batcher = new SampleBatcher(5, (batch) => {
      // As the worklet posts it: the buffer moves to the page and the batch left here is empty.
      const moved = structuredClone(batch, { transfer: [batch.buffer] });
      expect(batch.length).toBe(0);
      posted.push(Array.from(moved));
    });
    batcher.add(Float32Array.from([1, 2, 3]));
    batcher.add(Float32Array.from([4, 5, 6, 7, 8, 9, 10, 11]));
    batcher.add(Float32Array.from([12]));
    expect(posted).toEqual([
      [1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10],
    ]);
  });
});
