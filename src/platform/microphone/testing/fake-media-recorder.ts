// A MediaRecorder for unit tests, keeping the order measured in Chromium (see E2E.md): with a timeslice,
// data every timeslice while recording and none while paused (the timeslice clock keeps running); on
// stop(), the state is inactive at once, then a final `dataavailable`, then `stop`, each in a later task;
// when its track ends it stops the same way by itself. Time passes with vi.useFakeTimers().
import type { FakeMediaStream } from './fake-media-stream.ts';

/** The types Chromium's MediaRecorder supports. */
const CHROMIUM_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/mp4;codecs=opus'];

function later(task: () => void): void {
  setTimeout(task, 0);
}

export class FakeMediaRecorder extends EventTarget {
  /** Every recorder created, in order; clear it between tests. */
  static readonly created: FakeMediaRecorder[] = [];
  /** Sizes of the data handed over, one per timeslice, then as it stops; 3 bytes when the list runs out. */
  static chunkSizes: number[] = [];
  /**
   * A timeslice's data already queued when stop() is called, as on a busy page: it is dispatched after
   * the state has become inactive, before the final data.
   */
  static timesliceQueuedAtStop = false;

  state: RecordingState = 'inactive';
  readonly mimeType: string;
  timeslice: number | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private chunks = 0;

  static isTypeSupported(mimeType: string): boolean {
    return CHROMIUM_TYPES.includes(mimeType);
  }

  constructor(
    readonly stream: FakeMediaStream,
    readonly options: MediaRecorderOptions = {},
  ) {
    super();
    this.mimeType = options.mimeType ?? 'audio/webm;codecs=opus';
    FakeMediaRecorder.created.push(this);
    for (const track of stream.getTracks()) {
      track.watchEnd(() => {
        this.stop();
      });
    }
  }

  start(timeslice?: number): void {
    this.state = 'recording';
    this.timeslice = timeslice;
    if (timeslice !== undefined) {
      this.timer = setInterval(() => {
        if (this.state === 'recording') this.handOver();
      }, timeslice);
    }
    later(() => this.dispatchEvent(new Event('start')));
  }

  pause(): void {
    if (this.state !== 'recording') return;
    this.state = 'paused';
    later(() => this.dispatchEvent(new Event('pause')));
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.state = 'recording';
    later(() => this.dispatchEvent(new Event('resume')));
  }

  stop(): void {
    if (this.state === 'inactive') return;
    this.state = 'inactive';
    clearInterval(this.timer);
    if (FakeMediaRecorder.timesliceQueuedAtStop) {
      later(() => {
        this.handOver();
      });
    }
    later(() => {
      this.handOver();
      later(() => this.dispatchEvent(new Event('stop')));
    });
  }

  /** Fires `dataavailable` with the next chunk; its bytes all hold the chunk's index. */
  private handOver(): void {
    const index = this.chunks;
    this.chunks += 1;
    const size = FakeMediaRecorder.chunkSizes[index] ?? 3;
    const data = new Blob([new Uint8Array(size).fill(index)], { type: this.mimeType });
    this.dispatchEvent(Object.assign(new Event('dataavailable'), { data }));
  }
}
