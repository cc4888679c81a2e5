import { Listeners } from '../listeners.ts';
import { FakeMediaStreamTrack } from './testing/fake-media-stream.ts';
import type {
  Microphone,
  MicrophoneProblem,
  OpenMicrophone,
  RecordedChunk,
  Recording,
  RecordingResult,
  RecordingSink,
} from './microphone.ts';
import { microphoneError } from './microphone-errors.ts';
import { WriteQueue } from './write-queue.ts';
import { joinPeaks } from '../../typed-arrays.ts';

/** Waveform pairs per second, as the real microphone computes them. */
const PAIRS_PER_SECOND = 50;

/**
 * An in-memory microphone for unit tests. The test plays the device: it emits levels and chunks, ends
 * the device, and makes writes fail. As in browsers, nothing the code under test calls answers
 * synchronously: `open` and `stop` settle in later microtasks, and chunks reach the sink after a microtask.
 */
export class FakeMicrophone implements Microphone {
  /** The problem the next `open` or `reopen` fails with; set it to undefined to let a retry succeed. */
  failWith: MicrophoneProblem | undefined;
  /** The microphone opened last. */
  opened: FakeOpenMicrophone | undefined;
  /** How many times `open` was called, failed ones included. */
  opens = 0;

  constructor(options: { readonly failWith?: MicrophoneProblem } = {}) {
    this.failWith = options.failWith;
  }

  async open(): Promise<FakeOpenMicrophone> {
    this.opens += 1;
    await Promise.resolve();
    if (this.failWith !== undefined) throw microphoneError(this.failWith);
    this.opened = new FakeOpenMicrophone(this);
    return this.opened;
  }
}

/** An open fake microphone; its recordings are kept in order for the test to drive. */
export class FakeOpenMicrophone implements OpenMicrophone {
  readonly label = 'Fake microphone';
  readonly recordings: FakeRecording[] = [];
  /** The tracks copied for live recognition, in order. */
  readonly copies: FakeMediaStreamTrack[] = [];
  closed = false;
  /** Whether the device has ended and not been reopened since. */
  ended = false;
  /** How many times `reopen` was called, failed ones included. */
  reopens = 0;
  private readonly levelListeners = new Listeners<[level: number]>();
  private readonly endedListeners = new Listeners();

  constructor(private readonly microphone: FakeMicrophone) {}

  onLevel(listener: (level: number) => void): () => void {
    return this.levelListeners.add(listener);
  }

  onEnded(listener: () => void): () => void {
    return this.endedListeners.add(listener);
  }

  async reopen(): Promise<void> {
    this.reopens += 1;
    await Promise.resolve();
    if (this.closed) throw new Error('The microphone is closed; open it again.');
    if (this.microphone.failWith !== undefined) throw microphoneError(this.microphone.failWith);
    this.ended = false;
  }

  record(sink: RecordingSink, onWriteError: (error: unknown) => void): FakeRecording {
    if (this.closed) throw new Error('The microphone is closed; open it again to record.');
    const recording = new FakeRecording(sink, onWriteError);
    this.recordings.push(recording);
    return recording;
  }

  copyTrack(): MediaStreamTrack {
    if (this.closed) throw new Error('The microphone is closed; open it again to listen.');
    const track = new FakeMediaStreamTrack('Copy of the fake microphone');
    this.copies.push(track);
    return track as unknown as MediaStreamTrack;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    // Stopping the tracks makes a browser's recorder stop by itself, without an `ended` event.
    for (const recording of this.recordings) recording.halt();
  }

  /** Delivers a level 0–1 to the listeners now, as the meter's audio thread would. */
  emitLevel(level: number): void {
    if (this.closed) return;
    this.levelListeners.emit(level);
  }

  /**
   * The device goes away (unplugged, permission revoked): listeners hear once per device. Recordings go
   * on, as the browser's do on the audio graph's output: it is up to the listener to pause them.
   */
  end(): void {
    if (this.ended || this.closed) return;
    this.ended = true;
    this.endedListeners.emit();
  }
}

/** One fake answer recording. */
export class FakeRecording implements Recording {
  readonly mimeType = 'audio/webm;codecs=opus';
  state: 'recording' | 'paused' | 'stopped' = 'recording';
  /** Makes the next chunk's write fail with a full disk, without reaching the sink. */
  failNextWrite = false;
  /** Every chunk emitted, in order, a failed one included. */
  readonly chunks: RecordedChunk[] = [];
  private durationMs = 0;
  private readonly queue: WriteQueue;
  private result: Promise<RecordingResult> | undefined;

  constructor(
    private readonly sink: RecordingSink,
    onWriteError: (error: unknown) => void,
  ) {
    this.queue = new WriteQueue((error) => {
      this.halt();
      onWriteError(error);
    });
  }

  /**
   * Records `durationMs` more audio and hands it to the sink as the next chunk (after a microtask).
   * Returns the write's promise: it rejects if the write fails, which onWriteError also hears.
   */
  emitChunk(durationMs = 1000): Promise<void> {
    if (this.state !== 'recording') {
      throw new Error(`A ${this.state} recording emits no chunks; browsers send none while paused.`);
    }
    this.durationMs += durationMs;
    const chunk: RecordedChunk = {
      seq: this.chunks.length,
      bytes: new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, this.chunks.length]),
      peaks: fakePeaks(durationMs),
      durationMs: this.durationMs,
    };
    this.chunks.push(chunk);
    const fail = this.failNextWrite;
    this.failNextWrite = false;
    let written = false;
    this.queue.enqueue(async () => {
      if (fail) throw new DOMException('The disk is full.', 'QuotaExceededError');
      await this.sink.write(chunk);
      written = true;
    });
    // Taken right after queueing, `drained` settles once this write has run or been dropped.
    return this.queue.drained().then(() => {
      if (!written) throw this.queue.error;
    });
  }

  pause(): void {
    if (this.state === 'recording') this.state = 'paused';
  }

  resume(): void {
    if (this.state === 'paused') this.state = 'recording';
  }

  stop(): Promise<RecordingResult> {
    this.halt();
    this.result ??= this.queue.drained().then(() => {
      if (this.queue.failed) throw this.queue.error;
      return this.summary();
    });
    return this.result;
  }

  /** Stops without being asked, as a recorder does when its track ends or a write fails. */
  halt(): void {
    this.state = 'stopped';
  }

  private summary(): RecordingResult {
    const peaks = joinPeaks(this.chunks.map((chunk) => chunk.peaks));
    return {
      mimeType: this.mimeType,
      durationMs: this.durationMs,
      peaks,
      levels: { peak: 0.5, rms: 0.1 },
      chunks: this.chunks.length,
    };
  }
}

/** A plausible waveform: alternating loud and quiet pairs, 50 a second. */
function fakePeaks(durationMs: number): Int8Array {
  const pairs = Math.round((durationMs / 1000) * PAIRS_PER_SECOND);
  const peaks = new Int8Array(2 * pairs);
  for (let pair = 0; pair < pairs; pair += 1) {
    const amplitude = pair % 2 === 0 ? 90 : 20;
    peaks[2 * pair] = -amplitude;
    peaks[2 * pair + 1] = amplitude;
  }
  return peaks;
}
