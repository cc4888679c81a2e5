import type { Dexie } from 'dexie';
import { Listeners } from '../platform/listeners.ts';

/**
 * Whether the app can use its database.
 * - opening: not known yet;
 * - open: reads and writes work;
 * - blocked: an older Viva in another tab holds the database and has not let this tab upgrade it yet;
 * - unavailable: the browser would not open it at all (IndexedDB missing or refused, as in private
 *   windows of some browsers): nothing can be saved here;
 * - replaced: a newer Viva in another tab upgraded it, so this tab closed its connection and must reload;
 * - deleted: another tab deleted it (the user deleted all their data there); this tab must reload too.
 */
export type DatabaseState = 'opening' | 'open' | 'blocked' | 'unavailable' | 'replaced' | 'deleted';

/** Opens the database once and follows what happens to the connection, for the app shell to show. */
export class DatabaseHealth {
  private state: DatabaseState = 'opening';
  private started = false;
  private readonly listeners = new Listeners();

  constructor(private readonly database: Dexie) {
    // Runs before Dexie's own handler, which closes but reopens at the old version on the next query
    // and then fails on every read: closing for good and saying so lets the other tab's upgrade finish.
    database.on('versionchange', (event) => {
      database.close();
      // A deletion comes as a version change to no version at all.
      this.set(event.newVersion === null ? 'deleted' : 'replaced');
      return false;
    });
    database.on('blocked', () => {
      if (this.state === 'opening') this.set('blocked');
    });
  }

  get current(): DatabaseState {
    return this.state;
  }

  /** Opens the database, unless already asked to. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.database.open().then(
      () => {
        // A versionchange may have closed it before this callback ran.
        if (this.state === 'opening' || this.state === 'blocked') this.set('open');
      },
      () => {
        // Dexie 4 opens a database newer than its schema too, so any failure here means IndexedDB
        // itself is missing or refused.
        this.set('unavailable');
      },
    );
  }

  /** Calls `listener` whenever the state changes; returns a function that stops that. */
  subscribe(listener: () => void): () => void {
    return this.listeners.add(listener);
  }

  private set(state: DatabaseState): void {
    if (this.state === state) return;
    this.state = state;
    this.listeners.emit();
  }
}
