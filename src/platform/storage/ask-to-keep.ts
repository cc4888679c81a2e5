import type { DeviceStorage } from './storage.ts';

/**
 * Asks the browser to keep the app's data, unless it already does; resolves to whether it will.
 * Asked each time an interview starts until granted: Chromium decides by itself from how much the site
 * is used (no prompt), so a refusal today may be a grant later; Firefox asks the user once and remembers.
 */
export async function askToKeep(storage: DeviceStorage): Promise<boolean> {
  const { persisted } = await storage.storageStatus();
  return persisted === true || storage.requestPersistence();
}
