/** The two channels wavesurfer draws as one waveform: the first above the centre line, the second below. */
export type WavesurferPeaks = [maxima: Float32Array, minima: Float32Array];

/**
 * Stored min, max pairs (±127) as wavesurfer's peaks in −1…1: the maxima drawn above the line and the
 * minima below, so the waveform keeps both sides of the signal rather than mirroring one. Recordings
 * without peaks get one silent point, since wavesurfer refuses empty channels.
 */
export function toWavesurferPeaks(peaks: Int8Array): WavesurferPeaks {
  // A trailing value without its partner (a write torn by a crash) cannot be placed, so it is left out.
  const pairs = Math.floor(peaks.length / 2);
  const maxima = new Float32Array(Math.max(1, pairs));
  const minima = new Float32Array(Math.max(1, pairs));
  for (let pair = 0; pair < pairs; pair++) {
    // −128 fits an Int8Array though the recorder never writes it; clamping keeps wavesurfer from rescaling.
    minima[pair] = Math.max(-1, (peaks[2 * pair] ?? 0) / 127);
    maxima[pair] = Math.min(1, (peaks[2 * pair + 1] ?? 0) / 127);
  }
  return [maxima, minima];
}
