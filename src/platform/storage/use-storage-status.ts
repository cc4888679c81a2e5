import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DeviceStorage, StorageStatus } from './storage.ts';

/** The storage status for a page, and what it can do about it. */
export interface StorageStatusView {
  /** Undefined until first read; afterwards the last status read, kept while it is read again. */
  readonly status: StorageStatus | undefined;
  /** Asks the browser to keep the data, then reads the status again; resolves to whether it will. */
  readonly request: () => Promise<boolean>;
  /** Reads the status again, after the page stored or deleted something. */
  readonly refresh: () => void;
}

/** The storage status, read when the page shows it and again after every request or refresh. */
export function useStorageStatus(storage: DeviceStorage): StorageStatusView {
  const [status, setStatus] = useState<StorageStatus | undefined>(undefined);
  const [reads, setReads] = useState(0);

  useEffect(() => {
    let current = true;
    void storage.storageStatus().then((next) => {
      if (current) setStatus(next);
    });
    return () => {
      current = false;
    };
  }, [storage, reads]);

  const refresh = useCallback(() => {
    setReads((n) => n + 1);
  }, []);

  const request = useCallback(async () => {
    const granted = await storage.requestPersistence();
    refresh();
    return granted;
  }, [storage, refresh]);

  return useMemo(() => ({ status, request, refresh }), [status, request, refresh]);
}
