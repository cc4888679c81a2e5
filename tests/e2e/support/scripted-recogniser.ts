// A scripted stand-in for the browser's SpeechRecognition, installed in the page before the app loads: this
// machine cannot install a language pack, so the real recogniser cannot recognise here.

/**
 * Replaces SpeechRecognition in the page: it refuses to listen unless on-device mode is on and it is given
 * a live audio track (never the microphone), and logs how it was started in window.recognitionStarts.
 */
export function installScriptedRecogniser(phrases: readonly string[]): void {
  interface Started {
    processLocally: boolean;
    lang: string;
    continuous: boolean;
    interimResults: boolean;
    liveAudioTrack: boolean;
    /** The page it was started on: the interview (live) or the review, `session` (a recording played). */
    page: string;
  }
  const starts: Started[] = [];
  (window as unknown as { recognitionStarts: Started[] }).recognitionStarts = starts;
  class ScriptedRecognition {
    static available(options: { processLocally?: boolean }): Promise<string> {
      return Promise.resolve(options.processLocally === true ? 'available' : 'unavailable');
    }
    static install(): Promise<boolean> {
      return Promise.resolve(true);
    }
    processLocally = false;
    lang = '';
    continuous = false;
    interimResults = true;
    maxAlternatives = 1;
    onstart: (() => void) | null = null;
    onresult: ((event: unknown) => void) | null = null;
    onerror: ((event: { error: string; message: string }) => void) | null = null;
    onend: (() => void) | null = null;
    private sent = 0;
    private timers: number[] = [];
    start(track?: MediaStreamTrack): void {
      const liveAudioTrack =
        track instanceof MediaStreamTrack && track.kind === 'audio' && track.readyState === 'live';
      const { processLocally, lang, continuous, interimResults } = this;
      const page = location.hash.split('/')[1] ?? '';
      starts.push({ processLocally, lang, continuous, interimResults, liveAudioTrack, page });
      if (!processLocally || !liveAudioTrack) {
        setTimeout(() => {
          this.onerror?.({
            error: 'not-allowed',
            message: 'the stand-in listens on the device to a track only',
          });
          this.onend?.();
        });
        return;
      }
      setTimeout(() => this.onstart?.());
      this.timers = phrases.map((_, index) =>
        window.setTimeout(
          () => {
            this.send();
          },
          1500 * (index + 1),
        ),
      );
    }
    stop(): void {
      this.timers.forEach((timer) => {
        clearTimeout(timer);
      });
      while (this.sent < phrases.length) this.send();
      setTimeout(() => this.onend?.(), 50);
    }
    abort(): void {
      this.timers.forEach((timer) => {
        clearTimeout(timer);
      });
      setTimeout(() => this.onend?.());
    }
    private send(): void {
      this.sent += 1;
      const results = phrases
        .slice(0, this.sent)
        .map((transcript) => Object.assign([{ transcript, confidence: 0.9 }], { isFinal: true }));
      this.onresult?.({ resultIndex: this.sent - 1, results });
    }
  }
  Object.defineProperty(window, 'SpeechRecognition', { value: ScriptedRecognition, configurable: true });
}
