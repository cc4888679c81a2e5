import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Script } from '../script/model.ts';
import { script } from '../library/testing/script-fixture.ts';
import { VivaDatabase } from './database.ts';
import {
  deleteImportedScript,
  listImportedScripts,
  saveEditedScript,
  saveImportedScripts,
} from './imported-scripts.ts';

let database: VivaDatabase;
let counter = 0;

beforeEach(() => {
  // A fresh database per test, so no test sees another's records.
  counter += 1;
  database = new VivaDatabase(`viva-test-${counter}`);
});

afterEach(async () => {
  await database.delete();
});

const storedIds = async () => (await listImportedScripts(database)).map((r) => r.id).sort();

describe('saveImportedScripts', () => {
  it('stores every script of a file with its file name', async () => {
    await saveImportedScripts([script('a'), script('b')], 'prep.md', database);

    const records = await listImportedScripts(database);
    expect(records.map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect(records.every((r) => r.fileName === 'prep.md')).toBe(true);
    expect(records.find((r) => r.id === 'a')?.script).toEqual(script('a'));
  });

  it('stores nothing of a file when one of its scripts cannot be stored', async () => {
    await saveImportedScripts([script('kept')], 'old.md', database);
    // A function cannot be cloned into IndexedDB, so this put fails after the first one succeeded.
    const unstorable = { ...script('broken'), title: (() => 'x') as unknown as string } satisfies Script;

    await expect(
      saveImportedScripts([script('new-one'), unstorable, script('new-two')], 'new.md', database),
    ).rejects.toThrow();

    expect(await storedIds()).toEqual(['kept']);
  });

  it('replaces a script imported again with the same id', async () => {
    await saveImportedScripts([script('cap', { title: 'Old title' })], 'first.md', database);
    await saveImportedScripts([script('cap', { title: 'New title' })], 'second.md', database);

    const records = await listImportedScripts(database);
    expect(records).toHaveLength(1);
    expect(records[0]?.script.title).toBe('New title');
    expect(records[0]?.fileName).toBe('second.md');
  });
});

describe('saveEditedScript', () => {
  it('replaces the script edited under the same id, leaving the others', async () => {
    await saveImportedScripts([script('a', { title: 'Before' }), script('b')], 'prep.md', database);

    await saveEditedScript(script('a', { title: 'After' }), 'prep.md', 'a', database);

    expect(await storedIds()).toEqual(['a', 'b']);
    const records = await listImportedScripts(database);
    expect(records.find((r) => r.id === 'a')?.script.title).toBe('After');
  });

  it('renames: an edit that changed the id removes the old record in the same save', async () => {
    await saveImportedScripts([script('old-id'), script('b')], 'prep.md', database);

    await saveEditedScript(script('new-id'), 'prep.md', 'old-id', database);

    expect(await storedIds()).toEqual(['b', 'new-id']);
  });

  it('keeps the old record when the edited script cannot be stored', async () => {
    await saveImportedScripts([script('old-id')], 'prep.md', database);
    const unstorable = { ...script('new-id'), title: (() => 'x') as unknown as string } satisfies Script;

    await expect(saveEditedScript(unstorable, 'prep.md', 'old-id', database)).rejects.toThrow();

    expect(await storedIds()).toEqual(['old-id']);
  });
});

describe('deleteImportedScript', () => {
  it('removes only the script with that id', async () => {
    await saveImportedScripts([script('a'), script('b')], 'prep.md', database);

    await deleteImportedScript('a', database);

    expect(await storedIds()).toEqual(['b']);
  });

  it('does nothing for an id that is not stored', async () => {
    await saveImportedScripts([script('a')], 'prep.md', database);

    await deleteImportedScript('missing', database);

    expect(await storedIds()).toEqual(['a']);
  });
});
