import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { db } from './db.ts';
import { defaultSettings, saveSettings } from './settings.ts';
import { useSettings } from './use-settings.ts';

afterEach(async () => {
  cleanup();
  await db.settings.clear();
});

describe('useSettings', () => {
  it('is undefined while loading, then gives the settings and follows every change', async () => {
    const { result } = renderHook(() => useSettings());
    expect(result.current).toBeUndefined();

    await waitFor(() => {
      expect(result.current).toEqual(defaultSettings);
    });

    await saveSettings({ ...defaultSettings, timing: 'strict' });
    await waitFor(() => {
      expect(result.current?.timing).toBe('strict');
    });
  });
});
