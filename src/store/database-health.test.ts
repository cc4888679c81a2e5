import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseHealth, type DatabaseState } from './database-health.ts';
import { VivaDatabase } from './database.ts';

// The health of a real Dexie database on fake-indexeddb, with other "tabs" played by raw IndexedDB
// connections, as another tab's Viva of another version would open it.

const name = `viva-test-health-${crypto.randomUUID()}`;
const cleanup: (() => void)[] = [];

afterEach(async () => {
  for (const close of cleanup.splice(0)) close();
  await Dexie.delete(name);
});

/** Resolves once the health reaches `state`. */
function reaches(health: DatabaseHealth, state: DatabaseState): Promise<void> {
  return new Promise((resolve) => {
    if (health.current === state) resolve();
    const stop = health.subscribe(() => {
      if (health.current !== state) return;
      stop();
      resolve();
    });
  });
}

/** Opens `name` at `version` with plain IndexedDB; the connection ignores versionchange unless told. */
function openRaw(version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => {
      cleanup.push(() => {
        request.result.close();
      });
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('open failed'));
    };
  });
}

describe('DatabaseHealth', () => {
  it('is opening until the database has opened, then open', async () => {
    const database = new VivaDatabase(name);
    cleanup.push(() => {
      database.close();
    });
    const health = new DatabaseHealth(database);
    expect(health.current).toBe('opening');
    health.start();
    await reaches(health, 'open');
    expect(database.isOpen()).toBe(true);
  });

  it('closes for good when another tab upgrades the database, so the upgrade is not blocked', async () => {
    const database = new VivaDatabase(name);
    const health = new DatabaseHealth(database);
    health.start();
    await reaches(health, 'open');

    // A newer Viva in another tab: far above the app's own (Dexie's version n is IndexedDB's 10n).
    const newer = await openRaw(1_000);
    expect(newer.version).toBe(1_000);
    expect(health.current).toBe('replaced');
    expect(database.isOpen()).toBe(false);
    // No reopening at the old version behind the user's back: reads fail at once instead of hanging.
    await expect(database.sessions.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });

  it('closes, and says so, when another tab deletes the database', async () => {
    const database = new VivaDatabase(name);
    const health = new DatabaseHealth(database);
    health.start();
    await reaches(health, 'open');

    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => {
        resolve();
      };
      request.onerror = () => {
        reject(request.error ?? new Error('delete failed'));
      };
    });
    expect(health.current).toBe('deleted');
    expect(database.isOpen()).toBe(false);
  });

  it('says blocked while an older tab holds the database, and open once it lets go', async () => {
    const older = await openRaw(20);
    const database = new VivaDatabase(name);
    cleanup.push(() => {
      database.close();
    });
    const health = new DatabaseHealth(database);
    health.start();
    await reaches(health, 'blocked');

    older.close();
    await reaches(health, 'open');
    expect(database.verno).toBe(9);
  });

  it('is unavailable when the browser refuses to open IndexedDB', async () => {
    // As in private windows of some browsers: indexedDB exists, but open() throws.
    const refusing = {
      open: () => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
    } as unknown as IDBFactory;
    const database = new Dexie(name, { indexedDB: refusing, IDBKeyRange });
    database.version(1).stores({ items: 'id' });
    const health = new DatabaseHealth(database);
    health.start();
    await reaches(health, 'unavailable');
  });
});
