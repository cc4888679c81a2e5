/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

// An ambient module cannot import by relative path (with skipLibCheck the import silently made the type
// `any`), so the types are referenced with import().
/* eslint-disable @typescript-eslint/consistent-type-imports */

declare module 'virtual:builtin-scripts' {
  /** Every script in content/, parsed and validated at build time. */
  const scripts: readonly import('./script/model.ts').Script[];
  export default scripts;
}

declare module 'virtual:builtin-overviews' {
  /** What the library's cards show of every script in content/, made at build time. */
  const overviews: readonly import('./library/overview.ts').ScriptOverview[];
  export default overviews;
}

declare module 'virtual:builtin-search' {
  /** The searchable text of every script in content/, by id, made at build time. */
  const texts: Readonly<Record<string, string>>;
  export default texts;
}
