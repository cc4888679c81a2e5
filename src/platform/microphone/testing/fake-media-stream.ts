// A microphone stream for unit tests. Like Chromium's, a track fires `ended` only when the device goes
// away, not when the page stops it; a MediaRecorder notices both (see fake-media-recorder.ts).

export class FakeMediaStreamTrack extends EventTarget {
  readonly kind = 'audio';
  readyState: MediaStreamTrackState = 'live';
  private readonly endWatchers = new Set<() => void>();

  constructor(readonly label = 'Fake Default Audio Input') {
    super();
  }

  /** A new track on the same source, ended separately. */
  clone(): FakeMediaStreamTrack {
    return new FakeMediaStreamTrack(this.label);
  }

  /** The page stops the track: no `ended` event. */
  stop(): void {
    this.end();
  }

  /** The device goes away (unplugged, permission revoked): the track fires `ended`. */
  unplug(): void {
    if (this.readyState === 'ended') return;
    this.end();
    this.dispatchEvent(new Event('ended'));
  }

  /** Calls `watcher` when the track ends either way, as a recorder learns of it. */
  watchEnd(watcher: () => void): void {
    this.endWatchers.add(watcher);
  }

  private end(): void {
    if (this.readyState === 'ended') return;
    this.readyState = 'ended';
    for (const watcher of this.endWatchers) watcher();
  }
}

/** An audio-only stream, as getUserMedia({ audio }) gives. */
export class FakeMediaStream {
  constructor(readonly tracks: readonly FakeMediaStreamTrack[] = [new FakeMediaStreamTrack()]) {}

  getTracks(): FakeMediaStreamTrack[] {
    return [...this.tracks];
  }

  getAudioTracks(): FakeMediaStreamTrack[] {
    return [...this.tracks];
  }
}
