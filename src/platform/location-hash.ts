import { useSyncExternalStore } from 'react';
import { Listeners } from './listeners.ts';

// The app routes by the URL's hash (`#/script/builtin/cap-theorem`): it works on any static host,
// and the browser's back and forward buttons walk the pages without a router library.

const hashChanges = new Listeners();
let listening = false;
/** Asked on every hash change; true holds the app on the page it was on (unsaved work there). */
let shouldHold: ((nextHash: string) => boolean) | undefined;
/** The hash the app stays on while a held change waits for the user's answer. */
let heldHash: string | undefined;
/** How many times the app went to another page; a page renaming its own URL (renameHash) is not one. */
let visits = 0;

function onHashChange(event: HashChangeEvent): void {
  // Decided here, before any page reads the new hash, so the page with the unsaved work never unmounts.
  if (heldHash === undefined && shouldHold?.(window.location.hash) === true) {
    heldHash = new URL(event.oldURL).hash;
  }
  if (heldHash === undefined) visits += 1;
  hashChanges.emit();
}

function subscribe(onChange: () => void): () => void {
  if (!listening) {
    // One listener for the page's life, so the hold is decided once per change whoever listens.
    window.addEventListener('hashchange', onHashChange);
    listening = true;
  }
  return hashChanges.add(onChange);
}

const currentHash = (): string => heldHash ?? window.location.hash;

/** The current location hash, re-rendering when it changes (the page's own while a change is held). */
export function useLocationHash(): string {
  return useSyncExternalStore(subscribe, currentHash, () => '');
}

/**
 * Counts the visits to pages: it changes when the app goes to another page (a link, Back, a held change let
 * go), not when a page renames its own URL. A page whose URL it may rename is keyed by this, not its URL.
 */
export function usePageVisit(): number {
  return useSyncExternalStore(subscribe, () => visits);
}

/**
 * Gives the page the app is on a new URL, without leaving it or adding to the history: a new script, once
 * saved, is named by its edit route, so a reload or a bookmark opens it again.
 */
export function renameHash(hash: string): void {
  if (window.location.hash === hash) return;
  window.history.replaceState(window.history.state, '', hash);
  hashChanges.emit();
}

/** Goes to a hash replacing the current history entry, for pages that no longer exist (a deleted script). */
export function replaceHash(hash: string): void {
  window.location.replace(hash);
}

/** Goes to a hash as a link would, adding to the history. */
export function goToHash(hash: string): void {
  window.location.hash = hash;
}

/**
 * Lets a page with unsaved work keep the user: while set, a hash change (a link, Back) that `hold` answers
 * true for leaves the app on the page until `finishLeaving` says whether to go on. Returns a function
 * that stops asking.
 */
export function holdLeaving(hold: (nextHash: string) => boolean): () => void {
  shouldHold = hold;
  return () => {
    if (shouldHold === hold) shouldHold = undefined;
  };
}

/** Ends a held change: on to where the user was going, or back on the page (the URL put back without a new entry). */
export function finishLeaving(go: boolean): void {
  const stayedOn = heldHash;
  if (stayedOn === undefined) return;
  heldHash = undefined;
  if (go) visits += 1;
  else window.history.replaceState(window.history.state, '', stayedOn);
  hashChanges.emit();
}

/** Asks the browser to confirm closing or reloading the tab while `unsaved()` is true. */
export function warnBeforeUnload(unsaved: () => boolean): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (unsaved()) event.preventDefault();
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
