import { errorMessage } from '../error-message.ts';

/** Why a write to the browser's storage failed, as far as it matters to the user. */
export type StorageProblem =
  /** The browser's quota for this site, or the disk, is full. */
  | 'full'
  /** The database was closed under the app: a newer Viva in another tab upgraded it, or the browser closed it. */
  | 'closed'
  /** Anything else: the browser refused or lost the write. */
  | 'failed';

const KEPT =
  'Everything saved before this is kept, including the answer being recorded up to its last saved second.';

const MESSAGES: Record<StorageProblem, (cause: unknown) => string> = {
  full: () =>
    "The device's storage for this site is full, so Viva stopped recording. " +
    KEPT +
    ' To make room, export a backup (History → Export all interviews), delete old interviews in History, or free disk space on this device; then start again.',
  closed: () =>
    'Viva was updated in another tab, or the browser closed its storage, so this tab can no longer save and stopped recording. ' +
    KEPT +
    ' Reload this page to continue.',
  // The browser's own words help whoever the user asks for help; the other two say all there is.
  failed: (cause) =>
    `The browser refused to save the recording (${errorMessage(cause)}), so Viva stopped recording. ` +
    KEPT +
    ' Export a backup from History, then reload the page and try again.',
};

/** A failed write, with a message that says what happened, what is kept and what to do. */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause: unknown,
  ) {
    super(MESSAGES[problem](cause), { cause });
    this.name = 'StorageError';
  }
}

/** The names an error and the errors it wraps carry: Dexie keeps the browser's error as `inner`. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  // Bounded, in case an inner chain ever points back at itself.
  for (let current = error, depth = 0; depth < 5; depth++) {
    if (typeof current !== 'object' || current === null) break;
    if ('name' in current && typeof current.name === 'string') names.push(current.name);
    current = 'inner' in current ? current.inner : undefined;
  }
  return names;
}

/** What kind of storage failure `error` is. */
export function storageProblemOf(error: unknown): StorageProblem {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return 'full';
  if (names.includes('DatabaseClosedError')) return 'closed';
  return 'failed';
}

/** Translates what a Dexie call threw into a StorageError. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  return new StorageError(storageProblemOf(error), error);
}
