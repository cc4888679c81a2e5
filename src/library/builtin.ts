import type { Script } from '../script/model.ts';

let catalog: Promise<readonly Script[]> | undefined;

/**
 * The scripts shipped in content/. Imported dynamically so the catalog is its own chunk and the first
 * page's script stays small; loaded once, then shared. A failed load is forgotten so a retry can work.
 */
export function loadBuiltinScripts(): Promise<readonly Script[]> {
  catalog ??= import('virtual:builtin-scripts').then(
    (module) => module.default,
    (error: unknown) => {
      catalog = undefined;
      throw error;
    },
  );
  return catalog;
}
