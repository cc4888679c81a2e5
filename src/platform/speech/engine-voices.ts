/** How long and how often the engine's voice list is polled while it is still empty. */
export interface VoicePolling {
  /** Look this often; some engines never fire `voiceschanged`. */
  readonly pollMs: number;
  /** Stop polling after this long; `voiceschanged` is still heard for the life of the page. */
  readonly pollForMs: number;
}

/**
 * The engine's voice list for the life of the page. Engines load their voices in the background, and a
 * slow one (speech-dispatcher with every espeak-ng voice: about 4 s, 13 362 voices) announces them long
 * after the page asked, sometimes in several `voiceschanged` steps. So the list is never read once and
 * kept: every `voiceschanged` reads it again and tells the subscribers, whenever it comes. An empty read
 * never replaces voices already seen, since engines report none while they reload.
 */
export class EngineVoices {
  private voices: readonly SpeechSynthesisVoice[];
  private readonly subscribers = new Set<() => void>();

  constructor(
    /** The engine itself, to speak with. */
    readonly synth: SpeechSynthesis,
    { pollMs, pollForMs }: VoicePolling,
  ) {
    this.voices = synth.getVoices();
    synth.addEventListener('voiceschanged', () => {
      this.read();
    });
    if (this.voices.length > 0) return;
    const poll = setInterval(() => {
      if (this.voices.length > 0 || this.read()) clearInterval(poll);
    }, pollMs);
    setTimeout(() => {
      clearInterval(poll);
    }, pollForMs);
  }

  /** The voices known now; empty while the engine is still loading them (or has none). */
  current(): readonly SpeechSynthesisVoice[] {
    return this.voices;
  }

  /** Calls `listener` after every change of the list; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.subscribers.add(listener);
    return () => {
      this.subscribers.delete(listener);
    };
  }

  /** The voices as soon as there are any, or whatever there is (maybe none) after `timeoutMs`. */
  whenAny(timeoutMs: number): Promise<readonly SpeechSynthesisVoice[]> {
    if (this.voices.length > 0) return Promise.resolve(this.voices);
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timeout);
        unsubscribe();
        resolve(this.voices);
      };
      const unsubscribe = this.subscribe(finish);
      const timeout = setTimeout(finish, timeoutMs);
    });
  }

  /** Reads the engine's list; true when it brought voices (then subscribers have been told). */
  private read(): boolean {
    const voices = this.synth.getVoices();
    if (voices.length === 0) return false;
    this.voices = voices;
    for (const listener of [...this.subscribers]) listener();
    return true;
  }
}
