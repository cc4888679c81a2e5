// What a cross-browser test needs from a browser, whichever protocol drives it: Firefox is driven by
// puppeteer-core over WebDriver BiDi, WebKitGTK by plain W3C WebDriver (see firefox.ts and webkit.ts).

/** One page of a browser, driven from the test. */
export interface PageDriver {
  /** Navigates to `url` and waits for it to load. */
  goto(url: string): Promise<void>;
  /**
   * Evaluates a JavaScript expression in the page; a promise it gives is awaited. The result comes back
   * as JSON, so it must be JSON-safe.
   */
  evaluate<R>(expression: string): Promise<R>;
  /** Clicks the element matched by a CSS selector, with the driver's own pointer input, as a user would. */
  click(selector: string): Promise<void>;
  /** Types one character (such as ' ' or 's') into the focused element, as a key press. */
  press(key: string): Promise<void>;
  /** Puts a file of this machine into a file input, as its file picker does. */
  setInputFile(selector: string, path: string): Promise<void>;
  /** Errors seen by the driver itself (uncaught, console); those the page logs are read from the page. */
  driverErrors(): readonly string[];
  /** Closes the browser and whatever was started for it; safe to call twice. */
  close(): Promise<void>;
}

/** The expression that calls `fn` with `arg` in the page: `fn` must use nothing from outside its own body. */
export function call<A>(fn: (arg: A) => unknown, arg: A): string {
  return `(${fn.toString()})(${JSON.stringify(arg)})`;
}
