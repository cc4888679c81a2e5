import type {
  CreateWaveformPlayer,
  WaveformEvents,
  WaveformOptions,
  WaveformPlayer,
  WaveformRegion,
} from './waveform.ts';
import { WaveformEmitter } from './waveform-emitter.ts';

/**
 * A waveform player for component tests: nothing is drawn or played, the test moves the time. As the real
 * one, it loads the recording on the first play only and reports 'play', then 'ready', once it has loaded;
 * 'play' and 'pause' come in a microtask, as media events do, while seeks report at once.
 */
export class FakeWaveformPlayer implements WaveformPlayer {
  readonly durationMs: number;
  /** Every playback speed set, in order. */
  readonly rates: number[] = [];
  /** The regions last set. */
  regions: readonly WaveformRegion[] = [];
  destroyed = false;
  private readonly emitter = new WaveformEmitter();
  private position = 0;
  private isPlaying = false;
  private wantsToPlay = false;
  private recording: Promise<Blob> | undefined;
  private audioReady = false;

  constructor(
    /** The element the waveform would be drawn in. */
    readonly container: HTMLElement,
    private readonly options: WaveformOptions,
  ) {
    this.durationMs = options.durationMs;
  }

  get currentMs(): number {
    return this.position;
  }

  get playing(): boolean {
    return this.isPlaying;
  }

  play(): void {
    this.wantsToPlay = true;
    this.recording ??= this.options.loadAudio();
    this.recording.then(
      () => {
        if (!this.wantsToPlay || this.isPlaying || this.destroyed) return;
        this.isPlaying = true;
        this.emitter.emit('play');
        // After 'play', as the browser's 'canplay' follows it on the first play.
        if (!this.audioReady) {
          this.audioReady = true;
          this.emitter.emit('ready');
        }
      },
      (error: unknown) => {
        this.recording = undefined;
        this.wantsToPlay = false;
        this.emitter.emit('error', error instanceof Error ? error : new Error(String(error)));
      },
    );
  }

  pause(): void {
    this.wantsToPlay = false;
    if (!this.isPlaying) return;
    this.isPlaying = false;
    queueMicrotask(() => {
      this.emitter.emit('pause');
    });
  }

  toggle(): void {
    if (this.wantsToPlay) this.pause();
    else this.play();
  }

  seekTo(ms: number): void {
    this.position = Math.min(this.durationMs, Math.max(0, ms));
    this.emitter.emit('time', this.position);
    this.emitter.emit('seek', this.position);
  }

  setRate(rate: number): void {
    this.rates.push(rate);
  }

  on<E extends keyof WaveformEvents>(event: E, listener: (...args: WaveformEvents[E]) => void): () => void {
    return this.emitter.on(event, listener);
  }

  setRegions(regions: readonly WaveformRegion[]): void {
    this.regions = regions;
  }

  destroy(): void {
    this.destroyed = true;
    this.isPlaying = false;
    this.wantsToPlay = false;
    this.emitter.clear();
  }

  /** Plays on for `ms` of recording time (whatever the speed), stopping at the end as the real one does. */
  advance(ms: number): void {
    if (!this.isPlaying) return;
    this.position = Math.min(this.durationMs, this.position + ms);
    this.emitter.emit('time', this.position);
    if (this.position === this.durationMs) this.pause();
  }

  /** A click on the waveform at `ms`. */
  click(ms: number): void {
    this.seekTo(ms);
  }

  /** The element reports an error, such as a format it cannot play. */
  fail(error: Error): void {
    this.wantsToPlay = false;
    this.isPlaying = false;
    this.emitter.emit('error', error);
  }
}

/** A `createPlayer` for tests, and every fake it has created, newest last. */
export function fakeWaveformPlayers(): {
  readonly createPlayer: CreateWaveformPlayer;
  readonly created: readonly FakeWaveformPlayer[];
} {
  const created: FakeWaveformPlayer[] = [];
  return {
    created,
    createPlayer: (container, options) => {
      const player = new FakeWaveformPlayer(container, options);
      created.push(player);
      return Promise.resolve(player);
    },
  };
}
