import WaveSurfer from 'wavesurfer.js';
import RegionsPlugin from 'wavesurfer.js/plugins/regions';
import { RecordingUrl } from './recording-url.ts';
import type {
  WaveformColors,
  WaveformEvents,
  WaveformOptions,
  WaveformPlayer,
  WaveformRegion,
} from './waveform.ts';
import { WaveformEmitter } from './waveform-emitter.ts';
import { toWavesurferPeaks } from './wavesurfer-peaks.ts';
import { toRegionParams } from './wavesurfer-regions.ts';
import { waveformHeight } from './waveform-height.ts';

const defaultColors: WaveformColors = {
  wave: '#8a909a',
  progress: '#2457c5',
  cursor: '#2457c5',
  section: 'rgba(36, 87, 197, 0.14)',
  pause: 'rgba(138, 83, 0, 0.2)',
  pin: '#b3261e',
  filler: '#8a5300',
  fast: 'rgba(179, 38, 30, 0.12)',
};

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * A waveform player on wavesurfer.js. Given peaks and a duration and a media element without a source,
 * wavesurfer draws at once and neither fetches nor decodes anything; the recording is assembled and set
 * as the element's source only when it is first played.
 */
class WavesurferPlayer implements WaveformPlayer {
  readonly durationMs: number;
  /** Settles when the waveform has been drawn, or could not be. */
  readonly drawn: Promise<void>;
  private readonly emitter = new WaveformEmitter();
  private readonly media = document.createElement('audio');
  private readonly recording: RecordingUrl;
  private readonly regions = RegionsPlugin.create();
  private readonly colors: WaveformColors;
  private readonly wavesurfer: WaveSurfer;
  /** Asked to play and not paused since, including while the recording is still being assembled. */
  private wantsToPlay = false;
  private destroyed = false;

  constructor(container: HTMLElement, options: WaveformOptions) {
    this.durationMs = options.durationMs;
    this.recording = new RecordingUrl(options.loadAudio);
    this.colors = { ...defaultColors, ...options.colors };
    this.wavesurfer = WaveSurfer.create({
      container,
      media: this.media,
      peaks: toWavesurferPeaks(options.peaks),
      duration: options.durationMs / 1000,
      height: waveformHeight,
      waveColor: this.colors.wave,
      progressColor: this.colors.progress,
      cursorColor: this.colors.cursor,
      cursorWidth: 2,
      plugins: [this.regions],
    });
    // wavesurfer loads the peaks in a microtask after construction, so these listeners are in time.
    this.drawn = new Promise((resolve, reject) => {
      this.wavesurfer.once('ready', () => {
        resolve();
      });
      this.wavesurfer.once('error', reject);
    });
    this.forwardEvents();
  }

  get currentMs(): number {
    return this.toMs(this.wavesurfer.getCurrentTime());
  }

  get playing(): boolean {
    return this.wavesurfer.isPlaying();
  }

  play(): void {
    if (this.destroyed) return;
    this.wantsToPlay = true;
    this.start().catch((error: unknown) => {
      this.wantsToPlay = false;
      // A source the browser cannot play is also reported by the element's 'error' event; once is enough.
      if (!this.destroyed && this.media.error === null) this.emitter.emit('error', asError(error));
    });
  }

  pause(): void {
    this.wantsToPlay = false;
    this.wavesurfer.pause();
  }

  toggle(): void {
    if (this.wantsToPlay) this.pause();
    else this.play();
  }

  seekTo(ms: number): void {
    const clamped = Math.min(this.durationMs, Math.max(0, ms));
    // Before the first play the element has no source; wavesurfer keeps the time and applies it once it can.
    this.wavesurfer.setTime(clamped / 1000);
    this.emitter.emit('seek', clamped);
  }

  setRate(rate: number): void {
    // Loading a source resets playbackRate to defaultPlaybackRate, so a speed chosen before the first play
    // must be both.
    this.media.defaultPlaybackRate = rate;
    this.wavesurfer.setPlaybackRate(rate);
  }

  on<E extends keyof WaveformEvents>(event: E, listener: (...args: WaveformEvents[E]) => void): () => void {
    return this.emitter.on(event, listener);
  }

  setRegions(regions: readonly WaveformRegion[]): void {
    if (this.destroyed) return;
    this.regions.clearRegions();
    for (const region of regions) {
      const drawn = this.regions.addRegion(toRegionParams(region, this.colors));
      // A pause has no label of its own on the waveform; every region names itself on hover.
      drawn.element?.setAttribute('title', region.label);
    }
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.wantsToPlay = false;
    this.emitter.clear();
    this.wavesurfer.destroy();
    // wavesurfer leaves an element it was given alone: empty it here, so the decoder and buffers go at once.
    this.media.pause();
    this.media.removeAttribute('src');
    this.media.load();
    this.recording.revoke();
  }

  private async start(): Promise<void> {
    const url = await this.recording.get();
    // The user may have paused, or closed the player, while the recording was being assembled.
    if (!this.wantsToPlay || this.destroyed) return;
    if (this.media.src === '') this.media.src = url;
    await this.wavesurfer.play();
  }

  private forwardEvents(): void {
    this.wavesurfer.on('timeupdate', (seconds) => {
      this.emitter.emit('time', this.toMs(seconds));
    });
    this.wavesurfer.on('play', () => {
      this.emitter.emit('play');
    });
    this.wavesurfer.on('pause', () => {
      // Also at the end of the recording, after which the next toggle plays again.
      this.wantsToPlay = false;
      this.emitter.emit('pause');
    });
    // A click on the waveform, after wavesurfer has moved there.
    this.wavesurfer.on('interaction', (seconds) => {
      this.emitter.emit('seek', this.toMs(seconds));
    });
    this.wavesurfer.on('error', (error) => {
      this.wantsToPlay = false;
      this.emitter.emit('error', error);
    });
    this.media.addEventListener(
      'canplay',
      () => {
        this.emitter.emit('ready');
      },
      { once: true },
    );
  }

  private toMs(seconds: number): number {
    return Math.min(this.durationMs, Math.max(0, Math.round(seconds * 1000)));
  }
}

/** Draws the waveform from stored peaks into `container`; resolves with its player once it is drawn. */
export async function createWavesurferPlayer(
  container: HTMLElement,
  options: WaveformOptions,
): Promise<WaveformPlayer> {
  // wavesurfer cannot lay out a recording without length, and would say so less clearly.
  if (!(options.durationMs > 0)) throw new Error('The recording is empty.');
  const player = new WavesurferPlayer(container, options);
  try {
    await player.drawn;
  } catch (error) {
    player.destroy();
    throw error;
  }
  return player;
}
