import type { ScriptSource } from '../library/entry.ts';

/** The pages of the app, as the location hash names them. */
export type Route =
  | { readonly page: 'library' }
  | { readonly page: 'script'; readonly source: ScriptSource; readonly id: string }
  | { readonly page: 'not-found'; readonly hash: string };

/** `#/` → library; `#/script/<builtin|imported>/<id>` → a script's plan. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { page: 'library' };
  const match = /^\/script\/(builtin|imported)\/([^/]+)$/.exec(path);
  if (match?.[1] && match[2]) {
    const source = match[1] === 'builtin' ? 'builtin' : 'imported';
    const id = decodeSegment(match[2]);
    if (id !== undefined) return { page: 'script', source, id };
  }
  return { page: 'not-found', hash };
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A hand-edited URL can hold a malformed escape; that is a page not found, not a crash.
    return undefined;
  }
}

export const libraryHref = '#/';

export function scriptHref(source: ScriptSource, id: string): string {
  return `#/script/${source}/${encodeURIComponent(id)}`;
}
