/**
 * What a region marks: a planned section of the answer, a long pause in it, a note pinned to a moment, a
 * filler word, or a stretch spoken too fast.
 */
export type WaveformRegionKind = 'section' | 'pause' | 'pin' | 'filler' | 'fast';

/** A marked stretch or moment of the recording, drawn over the waveform. */
export interface WaveformRegion {
  readonly id: string;
  /** Milliseconds from the start of the recording. */
  readonly startMs: number;
  /** Absent for a moment (a pin): it is drawn as a line rather than a band. */
  readonly endMs?: number;
  readonly label: string;
  readonly kind: WaveformRegionKind;
}

/** Every notification of a player, with its arguments; times are milliseconds from the start. */
export interface WaveformEvents {
  /** The position moved: continuously while playing, and after every seek. */
  time: [ms: number];
  play: [];
  /** Playback stopped, by `pause()` or at the end of the recording. */
  pause: [];
  /** The position jumped, by `seekTo` or a click on the waveform. */
  seek: [ms: number];
  /** The recording has been loaded (on the first play) and can be played. */
  ready: [];
  /** The recording could not be loaded or played; `play()` tries again. */
  error: [error: Error];
}

/** Colours of the waveform and its regions, as CSS colours. */
export interface WaveformColors {
  readonly wave: string;
  /** The part already played. */
  readonly progress: string;
  readonly cursor: string;
  readonly section: string;
  readonly pause: string;
  readonly pin: string;
  readonly filler: string;
  readonly fast: string;
}

export interface WaveformOptions {
  /** Min, max pairs, 50 a second, ±127, as the recorder stored them. */
  readonly peaks: Int8Array;
  /** The recording's exact length as the recorder measured it; the audio itself is not asked. */
  readonly durationMs: number;
  /** Assembles the recording; called only when it is first played, never to draw. */
  readonly loadAudio: () => Promise<Blob>;
  readonly colors?: Partial<WaveformColors>;
}

/** One recording's waveform, drawn from its stored peaks, with playback of the audio behind it. */
export interface WaveformPlayer {
  /** Starts playing, loading the recording first if this is the first play; failures go to 'error'. */
  play(): void;
  pause(): void;
  /** Pauses when playing or about to play, plays otherwise. */
  toggle(): void;
  /** Moves to `ms`, clamped to the recording, whether or not it has been loaded yet. */
  seekTo(ms: number): void;
  /** Playback speed, 1 is normal; the pitch is kept. */
  setRate(rate: number): void;
  readonly currentMs: number;
  readonly durationMs: number;
  readonly playing: boolean;
  /** Calls `listener` on every `event`. Returns a function that unsubscribes. */
  on<E extends keyof WaveformEvents>(event: E, listener: (...args: WaveformEvents[E]) => void): () => void;
  /** Replaces every region drawn over the waveform. */
  setRegions(regions: readonly WaveformRegion[]): void;
  /** Stops playback, removes the waveform and frees the recording. Safe to call twice. */
  destroy(): void;
}

/** Draws a waveform into `container`; resolves once it is drawn, rejects if it cannot be. */
export type CreateWaveformPlayer = (
  container: HTMLElement,
  options: WaveformOptions,
) => Promise<WaveformPlayer>;

/** The real player on wavesurfer.js, loaded the first time a waveform is shown so no other page carries it. */
export async function createWaveformPlayer(
  container: HTMLElement,
  options: WaveformOptions,
): Promise<WaveformPlayer> {
  const { createWavesurferPlayer } = await import('./wavesurfer-player.ts');
  return createWavesurferPlayer(container, options);
}
