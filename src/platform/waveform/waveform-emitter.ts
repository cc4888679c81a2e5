import { Listeners } from '../listeners.ts';
import type { WaveformEvents } from './waveform.ts';

type EventListeners = { readonly [E in keyof WaveformEvents]: Listeners<WaveformEvents[E]> };

/** The listeners of every waveform event, as the real player and the fake keep them. */
export class WaveformEmitter {
  private readonly listeners: EventListeners = {
    time: new Listeners(),
    play: new Listeners(),
    pause: new Listeners(),
    seek: new Listeners(),
    ready: new Listeners(),
    error: new Listeners(),
  };

  /** Adds a listener for `event`; returns a function that removes it. */
  on<E extends keyof WaveformEvents>(event: E, listener: (...args: WaveformEvents[E]) => void): () => void {
    return this.listeners[event].add(listener);
  }

  /** Calls the listeners of `event`. */
  emit<E extends keyof WaveformEvents>(event: E, ...args: WaveformEvents[E]): void {
    this.listeners[event].emit(...args);
  }

  /** Removes every listener, so that nothing hears from a destroyed player. */
  clear(): void {
    for (const listeners of Object.values(this.listeners)) listeners.clear();
  }
}
