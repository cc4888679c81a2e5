import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { script } from '../library/testing/script-fixture.ts';
import { VivaDatabase } from './database.ts';
import { listImportedScripts } from './imported-scripts.ts';

const name = `viva-test-upgrade-${crypto.randomUUID()}`;

afterEach(async () => {
  await Dexie.delete(name);
});

describe('VivaDatabase', () => {
  it('keeps the scripts imported under version 1 when it opens the database at the current version', async () => {
    // The schema as version 1 of the app declared it, not the current class.
    const v1 = new Dexie(name);
    v1.version(1).stores({ importedScripts: 'id, importedAt' });
    await v1
      .table('importedScripts')
      .put({ id: 'mine', script: script('mine'), fileName: 'mine.md', importedAt: 7 });
    v1.close();

    const database = new VivaDatabase(name);
    await database.open();

    expect(database.verno).toBe(3);
    expect(await listImportedScripts(database)).toEqual([
      { id: 'mine', script: script('mine'), fileName: 'mine.md', importedAt: 7 },
    ]);
    expect(await database.sessions.count()).toBe(0);
    expect(await database.settings.count()).toBe(0);
    database.close();
  });
});
