/**
 * Runs writes one at a time, in the order they were queued. The first failure is reported once and ends
 * the queue: later writes are dropped, because chunks after a gap would not form a playable file.
 */
export class WriteQueue {
  private tail: Promise<void> = Promise.resolve();
  private failure: { readonly error: unknown } | undefined;

  constructor(private readonly onFailure: (error: unknown) => void) {}

  /** Whether a write has failed; nothing more is written then. */
  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** The error of the failed write; undefined while none has failed. */
  get error(): unknown {
    return this.failure?.error;
  }

  /** Queues `write`; it starts once every earlier one has finished. */
  enqueue(write: () => Promise<void>): void {
    this.tail = this.tail.then(async () => {
      if (this.failure) return;
      try {
        await write();
      } catch (error) {
        this.failure = { error };
        this.onFailure(error);
      }
    });
  }

  /** Resolves once every write queued so far has finished or been dropped; never rejects. */
  drained(): Promise<void> {
    return this.tail;
  }
}
