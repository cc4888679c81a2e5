import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { builtinEntries } from '../library/builtin.ts';
import { script } from '../library/testing/script-fixture.ts';
import type { DatabaseState } from './database-health.ts';
import { db } from './db.ts';
import { deleteImportedScript, saveImportedScripts } from './imported-scripts.ts';
import { useLibrary } from './use-library.ts';

// The overviews are content/ summarised at build time; the hook only needs some, so the test brings its own.
vi.mock('virtual:builtin-overviews', async () => {
  const { script: make } = await import('../library/testing/script-fixture.ts');
  const { overviewOf } = await import('../library/overview.ts');
  return {
    default: [make('code-review', { title: 'Code Review' }), make('cap-theorem', { title: 'CAP' })].map(
      overviewOf,
    ),
  };
});

afterEach(async () => {
  cleanup();
  await db.importedScripts.clear();
});

const titles = (library: ReturnType<typeof useLibrary>) => library.entries.map((e) => e.overview.title);

describe('useLibrary', () => {
  it('lists the built-in scripts at once, sorted, then imported scripts as they are stored and deleted', async () => {
    const { result } = renderHook(() => useLibrary('open'));
    expect(titles(result.current)).toEqual(['CAP', 'Code Review']);
    expect(result.current.imported.status).toBe('loading');

    await waitFor(() => {
      expect(result.current.imported.status).toBe('ready');
    });
    await saveImportedScripts([script('my-own', { title: 'Interview of my own' })], 'mine.md');
    await waitFor(() => {
      expect(titles(result.current)).toEqual(['CAP', 'Code Review', 'Interview of my own']);
    });
    const mine = result.current.entries.find((e) => e.overview.id === 'my-own');
    expect(mine).toMatchObject({
      key: 'imported/my-own',
      source: 'imported',
      imported: { fileName: 'mine.md' },
    });
    expect(mine?.searchText).toContain('interview of my own');

    await deleteImportedScript('my-own');
    await waitFor(() => {
      expect(titles(result.current)).toEqual(['CAP', 'Code Review']);
    });
  });

  it('lists an imported script beside the built-in one with the same id, each under its own key', async () => {
    await saveImportedScripts([script('cap-theorem', { title: 'CAP (mine)' })], 'copy.md');

    const { result } = renderHook(() => useLibrary('open'));

    await waitFor(() => {
      const same = result.current.entries.filter((e) => e.overview.id === 'cap-theorem');
      expect(same.map((e) => e.key).sort()).toEqual(['builtin/cap-theorem', 'imported/cap-theorem']);
    });
  });

  it('says it is loading while the database opens, and lists the built-in scripts alone when it cannot be used', async () => {
    await saveImportedScripts([script('my-own')], 'mine.md');
    const { result, rerender } = renderHook(({ state }) => useLibrary(state), {
      initialProps: { state: 'opening' as DatabaseState },
    });
    expect(result.current.imported.status).toBe('loading');
    expect(result.current.entries).toEqual(builtinEntries);

    rerender({ state: 'unavailable' });
    await waitFor(() => {
      expect(result.current.imported.status).toBe('ready');
    });
    expect(result.current.entries).toEqual(builtinEntries);
  });
});
