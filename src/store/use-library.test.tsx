import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { loadBuiltinScripts } from '../library/builtin.ts';
import { script } from '../library/testing/script-fixture.ts';
import type { DatabaseState } from './database-health.ts';
import { db } from './db.ts';
import { deleteImportedScript, saveImportedScripts } from './imported-scripts.ts';
import { useLibrary } from './use-library.ts';

// The catalog is content/ parsed at build time; the hook only needs some scripts, so the test brings its own.
vi.mock('virtual:builtin-scripts', async () => {
  const { script: make } = await import('../library/testing/script-fixture.ts');
  return { default: [make('code-review', { title: 'Code Review' }), make('cap-theorem', { title: 'CAP' })] };
});

afterEach(async () => {
  cleanup();
  await db.importedScripts.clear();
});

const readyEntries = (library: ReturnType<typeof useLibrary>) =>
  library.status === 'ready' ? library.entries : undefined;

describe('useLibrary', () => {
  it('lists the built-in catalog, then imported scripts as they are stored and deleted', async () => {
    const builtin = await loadBuiltinScripts();
    expect(builtin.length).toBeGreaterThan(0);
    const { result } = renderHook(() => useLibrary('open'));
    expect(result.current.status).toBe('loading');

    await waitFor(() => {
      expect(readyEntries(result.current)).toHaveLength(builtin.length);
    });
    expect(readyEntries(result.current)?.every((e) => e.source === 'builtin')).toBe(true);

    await saveImportedScripts([script('my-own', { title: 'My own interview' })], 'mine.md');
    await waitFor(() => {
      expect(readyEntries(result.current)).toHaveLength(builtin.length + 1);
    });
    const mine = readyEntries(result.current)?.find((e) => e.script.id === 'my-own');
    expect(mine).toMatchObject({
      key: 'imported/my-own',
      source: 'imported',
      imported: { fileName: 'mine.md' },
    });

    await deleteImportedScript('my-own');
    await waitFor(() => {
      expect(readyEntries(result.current)).toHaveLength(builtin.length);
    });
  });

  it('lists an imported script beside the built-in one with the same id, each under its own key', async () => {
    const [first] = await loadBuiltinScripts();
    if (!first) throw new Error('The built-in catalog is empty.');
    await saveImportedScripts([{ ...first, title: `${first.title} (mine)` }], 'copy.md');

    const { result } = renderHook(() => useLibrary('open'));

    await waitFor(() => {
      const same = readyEntries(result.current)?.filter((e) => e.script.id === first.id);
      expect(same?.map((e) => e.key).sort()).toEqual([`builtin/${first.id}`, `imported/${first.id}`]);
    });
  });

  it('waits while the database opens, and lists the built-in scripts alone when it cannot be used', async () => {
    const builtin = await loadBuiltinScripts();
    await saveImportedScripts([script('my-own')], 'mine.md');
    const { result, rerender } = renderHook(({ state }) => useLibrary(state), {
      initialProps: { state: 'opening' as DatabaseState },
    });
    await waitFor(() => {
      expect(result.current.status).toBe('loading');
    });

    rerender({ state: 'unavailable' });
    await waitFor(() => {
      expect(readyEntries(result.current)?.map((e) => e.source)).toEqual(builtin.map(() => 'builtin'));
    });
  });
});
