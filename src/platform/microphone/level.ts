/** The quietest level a meter shows above zero, in dB relative to full scale. */
const FLOOR_DB = -60;

/** Root mean square of `frames` samples whose squares sum to `sumSquares`; 0 for no samples. */
export function rootMeanSquare(sumSquares: number, frames: number): number {
  return frames > 0 ? Math.sqrt(sumSquares / frames) : 0;
}

/** A meter reading 0–1 for an RMS amplitude: linear in decibels from −60 dB to full scale. */
export function meterLevel(rms: number): number {
  // Decibels, because on a linear scale normal speech (around −30 dB) would barely move the meter.
  if (rms <= 0) return 0;
  const decibels = 20 * Math.log10(rms);
  return Math.min(1, Math.max(0, (decibels - FLOOR_DB) / -FLOOR_DB));
}
