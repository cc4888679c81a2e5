import type { LevelSummary } from './microphone.ts';
import type { PeakBatch } from './peak-batch.ts';
import { rootMeanSquare } from './level.ts';
import { joinPeaks } from '../../typed-arrays.ts';

/** What a recording measured from its samples. */
export interface RecordingMeasures {
  readonly durationMs: number;
  readonly peaks: Int8Array;
  readonly levels: LevelSummary;
}

/**
 * Adds up the worklet's batches for one recording: frames for the duration, peaks, and levels. It counts
 * only between the cuts that start (or resume) and pause (or stop) it, so the duration and the peaks
 * leave out the pauses to the sample, whenever the batches arrive.
 */
export class RecordingMeter {
  private counting = false;
  /** Whether counting is on after the batch carrying each mark. */
  private readonly switches = new Map<number, boolean>();
  private frames = 0;
  private sumSquares = 0;
  private peak = 0;
  /** Peaks since the last take, one array per batch; joined when taken. */
  private pending: Int8Array[] = [];
  /** Peaks already taken, one array per chunk; joined once, at the end. */
  private readonly taken: Int8Array[] = [];

  constructor(private readonly sampleRate: number) {}

  /** Turns counting on or off after the batch that carries `mark`. */
  switchAt(mark: number, counting: boolean): void {
    this.switches.set(mark, counting);
  }

  /** Adds a batch if counting is on; a marked batch is added before the switch it carries. */
  add(batch: PeakBatch): void {
    if (this.counting) {
      this.frames += batch.frames;
      this.sumSquares += batch.sumSquares;
      this.peak = Math.max(this.peak, batch.peak);
      if (batch.peaks.length > 0) this.pending.push(batch.peaks);
    }
    if (batch.mark === undefined) return;
    const counting = this.switches.get(batch.mark);
    if (counting === undefined) return;
    this.counting = counting;
    this.switches.delete(batch.mark);
  }

  /** Duration counted so far, in whole milliseconds. */
  get durationMs(): number {
    return Math.round((this.frames / this.sampleRate) * 1000);
  }

  /** Whether peaks came since the last take. */
  get hasPendingPeaks(): boolean {
    return this.pending.length > 0;
  }

  /** The peaks since the last take, for the next chunk. */
  takePeaks(): Int8Array {
    const peaks = joinPeaks(this.pending);
    this.pending = [];
    this.taken.push(peaks);
    return peaks;
  }

  /** The whole recording: every peak taken (so the chunks' peaks add up to these), duration and levels. */
  measures(): RecordingMeasures {
    return {
      durationMs: this.durationMs,
      peaks: joinPeaks(this.taken),
      levels: { peak: Math.min(1, this.peak), rms: rootMeanSquare(this.sumSquares, this.frames) },
    };
  }
}
