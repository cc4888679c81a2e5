import { Listeners } from '../listeners.ts';
import type { AppUpdates } from './app-updates.ts';

/** App updates for unit tests: a test announces a new version and sees whether it was activated. */
export class FakeAppUpdates implements AppUpdates {
  activations = 0;
  private waiting = false;
  private readonly listeners = new Listeners();

  /** A new version has installed and waits. */
  announce(): void {
    this.waiting = true;
    this.listeners.emit();
  }

  isWaiting(): boolean {
    return this.waiting;
  }

  subscribe(listener: () => void): () => void {
    return this.listeners.add(listener);
  }

  activate(): Promise<void> {
    this.activations += 1;
    return Promise.resolve();
  }
}
