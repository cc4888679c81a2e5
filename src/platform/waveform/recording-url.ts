/**
 * A recording as an object URL, assembled the first time it is asked for and freed by `revoke`. Until then
 * nothing is read from storage, so drawing a waveform costs no audio at all.
 */
export class RecordingUrl {
  private url: Promise<string> | undefined;
  private created: string | undefined;
  private revoked = false;

  constructor(private readonly loadAudio: () => Promise<Blob>) {}

  /** The URL, loading the recording on the first call; after a failed load the next call tries again. */
  get(): Promise<string> {
    this.url ??= this.create().catch((error: unknown) => {
      this.url = undefined;
      throw error;
    });
    return this.url;
  }

  /** Frees the URL, now or, if the recording is still loading, as soon as it has loaded. */
  revoke(): void {
    this.revoked = true;
    if (this.created !== undefined) URL.revokeObjectURL(this.created);
    this.created = undefined;
  }

  private async create(): Promise<string> {
    const blob = await this.loadAudio();
    // Creating a URL after `revoke` would keep the whole recording in memory for as long as the page lives.
    if (this.revoked) throw new Error('The player was closed.');
    this.created = URL.createObjectURL(blob);
    return this.created;
  }
}
