import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { script } from '../library/testing/script-fixture.ts';
import { db } from './db.ts';
import { deleteImportedScript, saveImportedScripts } from './imported-scripts.ts';
import { useScript } from './use-script.ts';

vi.mock('virtual:builtin-scripts', async () => {
  const { script: make } = await import('../library/testing/script-fixture.ts');
  return { default: [make('code-review', { title: 'Code Review' })] };
});

afterEach(async () => {
  cleanup();
  await db.importedScripts.clear();
});

describe('useScript', () => {
  it('finds a built-in script in the catalog, and says when there is none with that id', async () => {
    const { result, rerender } = renderHook(({ id }) => useScript('open', 'builtin', id), {
      initialProps: { id: 'code-review' },
    });
    expect(result.current.status).toBe('loading');
    await waitFor(() => {
      expect(result.current).toMatchObject({
        status: 'ready',
        entry: { key: 'builtin/code-review', source: 'builtin', script: { title: 'Code Review' } },
      });
    });
    rerender({ id: 'nothing' });
    expect(result.current.status).toBe('missing');
  });

  it('follows an imported script: found with its file, missing once deleted', async () => {
    await saveImportedScripts([script('mine', { title: 'Mine' })], 'mine.md');
    const { result } = renderHook(() => useScript('open', 'imported', 'mine'));
    await waitFor(() => {
      expect(result.current).toMatchObject({
        status: 'ready',
        entry: { key: 'imported/mine', script: { title: 'Mine' }, imported: { fileName: 'mine.md' } },
      });
    });
    await deleteImportedScript('mine');
    await waitFor(() => {
      expect(result.current.status).toBe('missing');
    });
  });

  it('without a source, prefers the built-in script and falls back to an imported one', async () => {
    await saveImportedScripts([script('code-review', { title: 'Mine' }), script('only-mine')], 'mine.md');
    const builtin = renderHook(() => useScript('open', undefined, 'code-review'));
    const imported = renderHook(() => useScript('open', undefined, 'only-mine'));
    await waitFor(() => {
      expect(builtin.result.current).toMatchObject({ status: 'ready', entry: { source: 'builtin' } });
      expect(imported.result.current).toMatchObject({ status: 'ready', entry: { source: 'imported' } });
    });
  });

  it('waits for the database to open, and finds no imported script when it cannot be used', async () => {
    await saveImportedScripts([script('mine')], 'mine.md');
    const { result, rerender } = renderHook(({ state }) => useScript(state, 'imported', 'mine'), {
      initialProps: { state: 'opening' as 'opening' | 'unavailable' },
    });
    expect(result.current.status).toBe('loading');
    rerender({ state: 'unavailable' });
    await waitFor(() => {
      expect(result.current.status).toBe('missing');
    });
  });
});
