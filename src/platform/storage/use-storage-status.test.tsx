import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { FakeStorage } from './fake-storage.ts';
import { useStorageStatus } from './use-storage-status.ts';

afterEach(() => {
  cleanup();
});

describe('useStorageStatus', () => {
  it('is undefined until read, then gives the status', async () => {
    const storage = new FakeStorage({ usageBytes: 2_048, quotaBytes: 1_000_000, persisted: false });
    const { result } = renderHook(() => useStorageStatus(storage));
    expect(result.current.status).toBeUndefined();

    await waitFor(() => {
      expect(result.current.status).toEqual({ usageBytes: 2_048, quotaBytes: 1_000_000, persisted: false });
    });
  });

  it('asks for persistence and shows the outcome', async () => {
    const storage = new FakeStorage({ persisted: false, grants: true });
    const { result } = renderHook(() => useStorageStatus(storage));
    await waitFor(() => {
      expect(result.current.status?.persisted).toBe(false);
    });

    let granted: boolean | undefined;
    await act(async () => {
      granted = await result.current.request();
    });

    expect(granted).toBe(true);
    expect(storage.requests).toBe(1);
    await waitFor(() => {
      expect(result.current.status?.persisted).toBe(true);
    });
  });

  it('reads the usage again when refreshed, keeping the last status meanwhile', async () => {
    const storage = new FakeStorage({ usageBytes: 100 });
    const { result } = renderHook(() => useStorageStatus(storage));
    await waitFor(() => {
      expect(result.current.status?.usageBytes).toBe(100);
    });

    storage.usageBytes = 40;
    act(() => {
      result.current.refresh();
    });
    expect(result.current.status?.usageBytes).toBe(100);

    await waitFor(() => {
      expect(result.current.status?.usageBytes).toBe(40);
    });
  });
});
