/// <reference types="vite/client" />

declare module 'virtual:builtin-scripts' {
  import type { Script } from './script/model';
  /** Every script in content/, parsed and validated at build time. */
  const scripts: readonly Script[];
  export default scripts;
}
