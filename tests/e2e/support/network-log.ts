// Every request any page of a browser sends, its workers' and worklets' included, seen at the browser.
// Playwright's request events (and DevTools' Network domain on a page) miss some: an AudioWorklet's module
// fetch never shows up there (measured with Chromium 156). Intercepting at the browser target with the
// DevTools Fetch domain sees it; every request is logged and let through unchanged.
import type { Browser } from 'playwright-core';

export interface NetworkLog {
  /** Every URL requested so far, in order. */
  readonly urls: readonly string[];
}

interface RequestPaused {
  readonly requestId: string;
  readonly request: { readonly url: string };
}

/** Starts logging every request the browser's pages, workers and worklets send. */
export async function startNetworkLog(browser: Browser): Promise<NetworkLog> {
  const urls: string[] = [];
  const session = await browser.newBrowserCDPSession();
  session.on('Fetch.requestPaused', (event: RequestPaused) => {
    urls.push(event.request.url);
    // The browser may be closing, in which case there is nothing left to continue.
    session.send('Fetch.continueRequest', { requestId: event.requestId }).catch(() => undefined);
  });
  await session.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
  return { urls };
}
