/** The summary of one block of samples. */
export interface PeakBlock {
  /** Smallest sample, scaled to −127…127. */
  readonly min: number;
  /** Largest sample, scaled to −127…127. */
  readonly max: number;
  readonly frames: number;
  readonly sumSquares: number;
  /** Largest absolute sample, unscaled. */
  readonly peak: number;
}

/** Scales a sample (nominally −1…1) to ±127, clamping what clips and rounding halves away from zero. */
export function toInt8(sample: number): number {
  // Math.round alone rounds −63.5 up to −63, which would make a symmetric wave look lopsided.
  const magnitude = Math.min(127, Math.round(Math.abs(sample) * 127));
  return sample < 0 ? -magnitude : magnitude;
}

/**
 * Cuts a stream of samples into blocks of `sampleRate / blocksPerSecond` frames, whatever the sizes of the
 * pieces it is fed, and summarises each block. Block ends are rounded from the exact fractional position,
 * so a rate that does not divide evenly (11 025 Hz) still gives exactly `blocksPerSecond` blocks a second.
 */
export class PeakAccumulator {
  private readonly framesPerBlock: number;
  /** Frames and blocks since the last flush, to place the next block end. */
  private framesSinceFlush = 0;
  private blocksSinceFlush = 0;
  private blockEnd: number;
  private framesInBlock = 0;
  private min = Infinity;
  private max = -Infinity;
  private sumSquares = 0;
  private peak = 0;

  constructor(sampleRate: number, blocksPerSecond = 50) {
    this.framesPerBlock = sampleRate / blocksPerSecond;
    this.blockEnd = this.endOfBlock(0);
  }

  /** Adds samples; calls `emit` for every block they complete. */
  add(samples: Float32Array, emit: (block: PeakBlock) => void): void {
    for (const sample of samples) {
      if (sample < this.min) this.min = sample;
      if (sample > this.max) this.max = sample;
      this.sumSquares += sample * sample;
      const magnitude = Math.abs(sample);
      if (magnitude > this.peak) this.peak = magnitude;
      this.framesInBlock += 1;
      this.framesSinceFlush += 1;
      if (this.framesSinceFlush === this.blockEnd) {
        this.emitBlock(emit);
        this.blocksSinceFlush += 1;
        this.blockEnd = this.endOfBlock(this.blocksSinceFlush);
      }
    }
  }

  /** Ends the current block early if it holds any samples; later blocks are counted from here. */
  flush(emit: (block: PeakBlock) => void): void {
    if (this.framesInBlock > 0) this.emitBlock(emit);
    this.framesSinceFlush = 0;
    this.blocksSinceFlush = 0;
    this.blockEnd = this.endOfBlock(0);
  }

  private endOfBlock(index: number): number {
    // At least one frame per block, even at absurdly low rates.
    return Math.max(index + 1, Math.round((index + 1) * this.framesPerBlock));
  }

  private emitBlock(emit: (block: PeakBlock) => void): void {
    emit({
      min: toInt8(this.min),
      max: toInt8(this.max),
      frames: this.framesInBlock,
      sumSquares: this.sumSquares,
      peak: this.peak,
    });
    this.framesInBlock = 0;
    this.min = Infinity;
    this.max = -Infinity;
    this.sumSquares = 0;
    this.peak = 0;
  }
}
