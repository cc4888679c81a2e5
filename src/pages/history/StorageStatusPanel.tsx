import type { DeviceStorage } from '../../platform/storage/storage.ts';
import { useStorageStatus } from '../../platform/storage/use-storage-status.ts';
import { useState } from 'react';

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;

/** How much this device stores for Viva, and whether the browser has promised to keep it. */
export function StorageStatusPanel({ storage }: { readonly storage: DeviceStorage }) {
  const { status, request } = useStorageStatus(storage);
  const [asked, setAsked] = useState('');
  if (status === undefined) return null;
  const { usageBytes, quotaBytes, persisted } = status;
  return (
    <section className="storage" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage on this device</h2>
      {usageBytes !== undefined && (
        <p>
          Viva uses {megabytes(usageBytes)}
          {quotaBytes !== undefined ? ` of the ${megabytes(quotaBytes)} this browser allows it` : ''}.
        </p>
      )}
      {persisted === true && <p>The browser has promised to keep your recordings until you delete them.</p>}
      {persisted !== true && !storage.canRequestPersistence && (
        <p>
          This browser does not say whether it keeps your recordings when space runs low, and cannot be asked
          to: export the interviews that matter to you.
        </p>
      )}
      {persisted !== true && storage.canRequestPersistence && (
        <>
          <p>
            {persisted === false
              ? 'The browser may delete your recordings if the device runs low on space or the site is not used for a while. '
              : 'This browser does not say whether it keeps your recordings when space runs low. '}
            Ask it to keep them, and export the interviews that matter to you.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              void request().then((granted) => {
                setAsked(
                  granted
                    ? 'The browser will keep your recordings.'
                    : // Chromium decides by itself from how the site is used; Firefox asks the user and remembers.
                      'The browser declined. Some browsers agree later, once the site is bookmarked or installed; others ask you, and keep your answer in the site’s permissions.',
                );
              });
            }}
          >
            Ask the browser to keep my recordings
          </button>
        </>
      )}
      <p className="hint" role="status">
        {asked}
      </p>
    </section>
  );
}
