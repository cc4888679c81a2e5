/**
 * Gathers the audio thread's 128-sample blocks into batches of `length` samples and hands each full one to
 * `post`, which may transfer its buffer away: a new batch is made after each.
 */
export class SampleBatcher {
  private batch: Float32Array<ArrayBuffer>;
  private filled = 0;

  constructor(
    private readonly length: number,
    private readonly post: (batch: Float32Array<ArrayBuffer>) => void,
  ) {
    this.batch = new Float32Array(length);
  }

  add(samples: Float32Array): void {
    let read = 0;
    while (read < samples.length) {
      const taken = Math.min(samples.length - read, this.length - this.filled);
      this.batch.set(samples.subarray(read, read + taken), this.filled);
      this.filled += taken;
      read += taken;
      if (this.filled === this.length) {
        // Read the length from the field, never from the batch: once transferred, the batch is empty.
        this.post(this.batch);
        this.batch = new Float32Array(this.length);
        this.filled = 0;
      }
    }
  }
}
