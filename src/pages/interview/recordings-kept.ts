import type { DeviceStorage } from '../../platform/storage/storage.ts';

const messages = {
  kept: 'Your recordings are protected from automatic clean-up: the browser keeps them until you delete them.',
  mayClear:
    'The browser may clear your recordings if space runs low or the site is not used for a while: export backups from History (Export all interviews).',
  // WebKitGTK has no storage manager: saying it refused would be as untrue as saying it agreed.
  unknown:
    'This browser does not say whether it keeps your recordings when space runs low: export backups from History (Export all interviews).',
};

/**
 * Asks the browser to keep the recordings, and gives what to tell the user about its answer. Asked on
 * every start until granted: Chromium decides by itself from how much the site is used (no prompt), so a
 * refusal today may be a grant later; Firefox asks the user, on the click that starts the interview, and
 * remembers. A browser that already keeps the data answers true without asking anyone.
 */
export async function askToKeepRecordings(storage: DeviceStorage): Promise<string> {
  if (!storage.canRequestPersistence) return messages.unknown;
  return (await storage.requestPersistence()) ? messages.kept : messages.mayClear;
}
