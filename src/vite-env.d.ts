/// <reference types="vite/client" />

declare module 'virtual:builtin-scripts' {
  /** Every script in content/, parsed and validated at build time. */
  // An ambient module cannot import by relative path (with skipLibCheck the import silently made Script `any`),
  // so the type is referenced with import().
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const scripts: readonly import('./script/model.ts').Script[];
  export default scripts;
}
