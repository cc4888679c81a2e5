import { afterPaint } from '../after-paint.ts';
import { Listeners } from '../listeners.ts';
import type { AppUpdates } from './app-updates.ts';

/**
 * The service worker that vite-plugin-pwa builds (scripts/offline-app.ts), registered in 'prompt' mode:
 * a new version waits for `activate`. Registration and its code (workbox-window) load after the first
 * paint, so the first page neither waits for them nor carries them.
 */
export function createBrowserAppUpdates(): AppUpdates {
  const listeners = new Listeners();
  let waiting = false;
  // Resolves to the registration's function that lets a waiting version take over.
  const takeOver: Promise<(() => Promise<void>) | undefined> = afterPaint()
    .then(() => import('virtual:pwa-register'))
    .then(({ registerSW }) =>
      registerSW({
        onNeedRefresh: () => {
          waiting = true;
          listeners.emit();
        },
      }),
    )
    // Without the registration's code (offline on a first visit) there is no worker, and so no update.
    .catch(() => undefined);
  return {
    isWaiting: () => waiting,
    subscribe: (listener) => listeners.add(listener),
    async activate() {
      const letWaitingVersionTakeOver = await takeOver;
      // The registration reloads the page once the new version controls it.
      await letWaitingVersionTakeOver?.();
    },
  };
}
