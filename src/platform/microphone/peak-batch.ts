/** The name the peaks processor is registered under in the audio worklet. */
export const PEAKS_PROCESSOR = 'viva-peaks';

/** What the worklet posts to the main thread, about every 100 ms of audio. */
export interface PeakBatch {
  /** Min, max pairs, one pair per 1/50 s block, scaled to ±127. */
  readonly peaks: Int8Array<ArrayBuffer>;
  /** Samples (per channel) in these blocks. */
  readonly frames: number;
  /** Sum of the squared samples, for the RMS level. */
  readonly sumSquares: number;
  /** Largest absolute sample, 0–1 (more if the input clips). */
  readonly peak: number;
  /** Set on the batch cut short by the request with this mark: it holds every sample up to the request. */
  readonly mark?: number;
}

/**
 * What the main thread posts to the worklet: end the current batch now and post it with `mark`, so that
 * the main thread knows exactly which samples came before a start, pause, resume or stop.
 */
export interface PeakCutRequest {
  readonly mark: number;
}
