// Viva as a user meets it in any browser, through a PageDriver: open a page, wait for what it shows, press
// its buttons and keys. Everything is found the way a user finds it: by visible text and accessible names.
import { call, type PageDriver } from './page-driver.ts';

// Unlikely to clash with anything the app or a library puts on window.
const ERROR_LOG = '__vivaE2ePageErrors';
const CLICK_MARK = 'data-e2e-click';

// Runs in the page: logs console errors, uncaught errors and rejections, and Content-Security-Policy
// violations, for browsers whose driver does not report them.
function installErrorLog(key: string): void {
  const log: string[] = [];
  Object.defineProperty(window, key, { value: log });
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    log.push(`console: ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
  window.addEventListener('error', (event) => log.push(`uncaught: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) =>
    log.push(`unhandled rejection: ${String(event.reason)}`),
  );
  document.addEventListener(
    'securitypolicyviolation',
    (event) => log.push(`CSP: ${event.effectiveDirective} blocked ${event.blockedURI}`),
    { capture: true },
  );
}

// Runs in the page: marks the first visible, enabled button whose accessible name is `name` (or starts
// with it), so that the driver can click it with its own pointer; gives the selector, or null.
function markButton({ name, prefix, mark }: { name: string; prefix: boolean; mark: string }): string | null {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('button')];
  const found = buttons.find((button) => {
    const label = (button.getAttribute('aria-label') ?? button.textContent).trim().replace(/\s+/g, ' ');
    const visible = button.getClientRects().length > 0;
    return visible && !button.disabled && (prefix ? label.startsWith(name) : label === name);
  });
  if (found === undefined) return null;
  const id = String(Date.now()) + String(Math.random()).slice(2);
  found.setAttribute(mark, id);
  return `[${mark}="${id}"]`;
}

export class AppInBrowser {
  constructor(
    readonly driver: PageDriver,
    private readonly baseUrl: string,
  ) {}

  /** Loads the app at `hash` (such as '#/') and starts logging the page's errors. */
  async load(hash: string): Promise<void> {
    await this.driver.goto(`${this.baseUrl}/${hash}`);
    await this.driver.evaluate(call(installErrorLog, ERROR_LOG));
  }

  /** Follows an in-app link to `hash` without reloading, as clicking a link does. */
  async go(hash: string): Promise<void> {
    await this.driver.evaluate(`void (location.hash = ${JSON.stringify(hash)})`);
  }

  /** Polls `expression` in the page until it is truthy; gives its value, or throws after `timeoutMs`. */
  async waitFor<R>(expression: string, what: string, timeoutMs = 30_000): Promise<R> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.driver.evaluate<R>(expression);
      if (value) return value;
      if (Date.now() > deadline) {
        const shown = await this.driver.evaluate<string>('document.body.innerText');
        throw new Error(`Waited ${timeoutMs} ms for ${what}; the page shows:\n${shown.slice(0, 2000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Waits until the page shows `text` somewhere. */
  async waitForText(text: string, timeoutMs?: number): Promise<void> {
    await this.waitFor(`document.body.innerText.includes(${JSON.stringify(text)})`, `"${text}"`, timeoutMs);
  }

  /** The text of the first element matching `selector`, or '' when there is none. */
  async textOf(selector: string): Promise<string> {
    return this.driver.evaluate(`document.querySelector(${JSON.stringify(selector)})?.innerText ?? ''`);
  }

  /** Clicks the button called `name` (or whose name starts with it), waiting for it to appear. */
  async clickButton(name: string, { prefix = false, timeoutMs = 30_000 } = {}): Promise<void> {
    const selector = await this.waitFor<string>(
      call(markButton, { name, prefix, mark: CLICK_MARK }),
      `a button "${name}"`,
      timeoutMs,
    );
    await this.driver.click(selector);
  }

  /** Presses a key on the page, as a candidate using the shortcuts does. */
  async press(key: string): Promise<void> {
    // From the page itself, as a candidate who does not look at the screen: a focused button would take
    // Space as its own click.
    await this.driver.evaluate(
      'void (document.activeElement instanceof HTMLElement && document.activeElement.blur())',
    );
    await this.driver.press(key);
  }

  /** Everything the page and the driver logged as an error since the app was loaded. */
  async errors(): Promise<string[]> {
    const logged = await this.driver.evaluate<string[] | null>(
      `window[${JSON.stringify(ERROR_LOG)}] ?? null`,
    );
    if (logged === null) throw new Error('No error log on this page: open it with load().');
    return [...this.driver.driverErrors(), ...logged];
  }
}
