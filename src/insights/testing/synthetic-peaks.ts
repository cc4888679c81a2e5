import { FRAME_MS } from '../voice-activity.ts';

/** A stretch of synthetic audio: `ms` long at amplitude `level` (0–1). */
export interface Segment {
  readonly ms: number;
  readonly level: number;
}

/**
 * Peaks (min, max pairs, 50 a second) for segments played one after another. Each frame's level varies by
 * up to ±`jitter` of itself, deterministically, so thresholds meet uneven audio yet tests never flake.
 */
export function peaksOf(segments: readonly Segment[], jitter = 0.15): Int8Array {
  const levels = segments.flatMap((segment) =>
    Array.from({ length: Math.round(segment.ms / FRAME_MS) }, () => segment.level),
  );
  const peaks = new Int8Array(2 * levels.length);
  // A small linear congruential generator (32-bit, as in Numerical Recipes): the same sequence on every run.
  let seed = 12_345;
  const next = (): number => {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    return (seed / 2 ** 32) * 2 - 1;
  };
  levels.forEach((level, frame) => {
    const scaled = (value: number) => Math.min(127, Math.round(level * (1 + jitter * value) * 127));
    peaks[2 * frame] = -scaled(next());
    peaks[2 * frame + 1] = scaled(next());
  });
  return peaks;
}
