import { PeakAccumulator } from './peak-accumulator.ts';
import type { PeakBlock } from './peak-accumulator.ts';
import type { PeakBatch } from './peak-batch.ts';

/**
 * Groups the blocks of a PeakAccumulator into batches (5 blocks, 100 ms at 50 blocks a second) so the
 * audio thread posts ten messages a second rather than fifty, and cuts a batch short on request.
 */
export class PeakBatcher {
  private readonly accumulator: PeakAccumulator;
  private readonly emitBlock = (block: PeakBlock): void => {
    this.take(block);
  };
  private readonly peaks: Int8Array<ArrayBuffer>;
  private blocks = 0;
  private frames = 0;
  private sumSquares = 0;
  private peak = 0;

  constructor(
    sampleRate: number,
    private readonly send: (batch: PeakBatch) => void,
    private readonly blocksPerBatch = 5,
  ) {
    this.accumulator = new PeakAccumulator(sampleRate);
    this.peaks = new Int8Array(2 * blocksPerBatch);
  }

  /** Adds one render quantum (or any number) of samples. */
  add(samples: Float32Array): void {
    this.accumulator.add(samples, this.emitBlock);
  }

  /** Sends everything so far at once, the unfinished block included, marked with `mark`. */
  cut(mark: number): void {
    this.accumulator.flush(this.emitBlock);
    this.post(mark);
  }

  private take(block: PeakBlock): void {
    this.peaks[2 * this.blocks] = block.min;
    this.peaks[2 * this.blocks + 1] = block.max;
    this.blocks += 1;
    this.frames += block.frames;
    this.sumSquares += block.sumSquares;
    this.peak = Math.max(this.peak, block.peak);
    if (this.blocks === this.blocksPerBatch) this.post();
  }

  private post(mark?: number): void {
    const peaks = this.peaks.slice(0, 2 * this.blocks);
    const figures = { peaks, frames: this.frames, sumSquares: this.sumSquares, peak: this.peak };
    this.send(mark === undefined ? figures : { ...figures, mark });
    this.blocks = 0;
    this.frames = 0;
    this.sumSquares = 0;
    this.peak = 0;
  }
}
