/// <reference types="vite/client" />

declare module 'virtual:builtin-scripts' {
  // An import() type: an import declaration with a relative path is not allowed in an ambient module,
  // and with skipLibCheck on, it would silently make Script `any`.
  /** Every script in content/, parsed and validated at build time. */
  const scripts: readonly import('./script/model').Script[];
  export default scripts;
}
