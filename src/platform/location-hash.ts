import { useSyncExternalStore } from 'react';

// The app routes by the URL's hash (`#/script/builtin/cap-theorem`): it works on any static host,
// and the browser's back and forward buttons walk the pages without a router library.

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
  };
}

const currentHash = (): string => window.location.hash;

/** The current location hash, re-rendering when it changes. */
export function useLocationHash(): string {
  return useSyncExternalStore(subscribe, currentHash, () => '');
}

/** Goes to a hash replacing the current history entry, for pages that no longer exist (a deleted script). */
export function replaceHash(hash: string): void {
  window.location.replace(hash);
}
