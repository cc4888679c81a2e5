import type { RecordedChunk, Recording, RecordingResult, RecordingSink } from './microphone.ts';
import type { PeakCut, PeakTap } from './peak-tap.ts';
import { RecordingMeter } from './recording-meter.ts';
import { WriteQueue } from './write-queue.ts';

/** A chunk about every second: a crash loses at most that much. */
export const TIMESLICE_MS = 1000;
/**
 * Plenty for speech in Opus, under a quarter of Chromium's default. Not 32 kbit/s: with WebM's framing that
 * came to 260 KB a minute (measured by `npm run bench`), over the 250 KB a minute recordings may take.
 */
export const AUDIO_BITS_PER_SECOND = 28_000;

export interface BrowserRecordingOptions {
  /** The microphone's graph output (PeakTap.output), which outlives the device. */
  readonly stream: MediaStream;
  readonly MediaRecorder: typeof MediaRecorder;
  /** '' lets the browser choose. */
  readonly mimeType: string;
  readonly tap: PeakTap;
  readonly sink: RecordingSink;
  readonly onWriteError: (error: unknown) => void;
}

/** Starts recording one answer with MediaRecorder, measuring it through the peak tap. */
export function startBrowserRecording(options: BrowserRecordingOptions): Recording {
  return new BrowserRecording(options);
}

class BrowserRecording implements Recording {
  private readonly recorder: MediaRecorder;
  private readonly meter: RecordingMeter;
  private readonly queue: WriteQueue;
  private readonly unsubscribe: () => void;
  private readonly finished: Promise<void>;
  private chunks = 0;
  /**
   * The data MediaRecorder hands over once stopped, written as one chunk when the last peaks are in. It
   * can be more than one piece: a timeslice's data already queued when stop() was called comes too.
   */
  private readonly finalBlobs: Blob[] = [];
  private stopCut: PeakCut | undefined;

  constructor(private readonly options: BrowserRecordingOptions) {
    const { stream, mimeType, tap } = options;
    this.recorder = new options.MediaRecorder(
      stream,
      mimeType === ''
        ? { audioBitsPerSecond: AUDIO_BITS_PER_SECOND }
        : { mimeType, audioBitsPerSecond: AUDIO_BITS_PER_SECOND },
    );
    // Started before anything subscribes, so a start that throws (the stream has ended) leaks nothing;
    // its events come in later tasks, after the listeners below are in place.
    this.recorder.start(TIMESLICE_MS);
    this.meter = new RecordingMeter(tap.sampleRate);
    this.unsubscribe = tap.onBatch((batch) => {
      this.meter.add(batch);
    });
    this.queue = new WriteQueue((error) => {
      this.options.onWriteError(error);
      if (this.recorder.state !== 'inactive') this.recorder.stop();
    });
    this.finished = new Promise((resolve) => {
      this.recorder.addEventListener('stop', () => {
        resolve(this.finish());
      });
    });
    this.recorder.addEventListener('dataavailable', (event) => {
      this.receive(event.data);
    });
    this.switchCounting(true);
  }

  get mimeType(): string {
    return this.recorder.mimeType || this.options.mimeType;
  }

  pause(): void {
    if (this.recorder.state !== 'recording') return;
    this.recorder.pause();
    this.switchCounting(false);
  }

  resume(): void {
    if (this.recorder.state !== 'paused') return;
    this.recorder.resume();
    this.switchCounting(true);
  }

  async stop(): Promise<RecordingResult> {
    if (this.recorder.state !== 'inactive') {
      this.stopCounting();
      this.recorder.stop();
    }
    await this.finished;
    if (this.queue.failed) throw this.queue.error;
    return { mimeType: this.mimeType, chunks: this.chunks, ...this.meter.measures() };
  }

  private switchCounting(counting: boolean): PeakCut {
    const cut = this.options.tap.cut();
    this.meter.switchAt(cut.mark, counting);
    return cut;
  }

  private stopCounting(): PeakCut {
    this.stopCut ??= this.switchCounting(false);
    return this.stopCut;
  }

  private receive(blob: Blob): void {
    if (this.queue.failed) return;
    // Data that comes with stopping is held until the worklet has posted the last peaks (see finish).
    if (this.recorder.state === 'inactive') {
      this.finalBlobs.push(blob);
      return;
    }
    if (blob.size === 0) return;
    this.write(blob, this.meter.takePeaks(), this.meter.durationMs);
  }

  /** After MediaRecorder's `stop` (asked for, or because the microphone closed): the final chunk, then drain. */
  private async finish(): Promise<void> {
    const cut = this.stopCounting();
    this.queue.enqueue(async () => {
      await cut.reached;
      const blob = new Blob(this.finalBlobs);
      // Even empty data is written when peaks came after the last chunk, so every peak has its chunk.
      if (blob.size > 0 || this.meter.hasPendingPeaks) {
        await this.writeNow(this.chunks++, blob, this.meter.takePeaks(), this.meter.durationMs);
      }
    });
    await this.queue.drained();
    this.unsubscribe();
  }

  private write(blob: Blob, peaks: Int8Array, durationMs: number): void {
    const seq = this.chunks++;
    this.queue.enqueue(() => this.writeNow(seq, blob, peaks, durationMs));
  }

  private async writeNow(seq: number, blob: Blob, peaks: Int8Array, durationMs: number): Promise<void> {
    const chunk: RecordedChunk = { seq, bytes: new Uint8Array(await blob.arrayBuffer()), peaks, durationMs };
    await this.options.sink.write(chunk);
  }
}
