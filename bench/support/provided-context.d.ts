// Values the bench's global setup provides through `inject()`, beside the end-to-end ones (tests/e2e/support).
declare module 'vitest' {
  export interface ProvidedContext {
    /** The harness page's URL without a trailing slash (bench/harness, served apart from the app). */
    harnessURL: string;
  }
}

// Makes this file a module, so the block above augments Vitest's types instead of replacing them.
export {};
