// Values the global setup provides to every end-to-end test through `inject()`.
declare module 'vitest' {
  export interface ProvidedContext {
    /** The app's URL without a trailing slash, e.g. http://127.0.0.1:41234 (plus the base path, if any). */
    baseURL: string;
    /** Absolute path of the Chromium binary the tests drive. */
    chromiumPath: string;
    /** Variables to launch Chromium with, over process.env, for real speech synthesis (speech-environment.ts). */
    speechEnvironment: Readonly<Record<string, string>>;
  }
}

// Makes this file a module, so the block above augments Vitest's types instead of replacing them.
export {};
