// Smoke test: the built app loads in a real browser, renders, stays on its own origin and throws nothing.
// Its Content-Security-Policy is delivered, and blocks what it should: that is also what makes every other
// test's "no CSP violation" check meaningful, since it shows the violations really are seen.
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  appUrl,
  cspViolations,
  expectNoPageErrors,
  expectRequestsStayOnOrigin,
  launchBrowser,
  openApp,
  pageErrors,
  requestedUrls,
} from './support/browser.ts';
import type { LaunchedBrowser } from './support/browser.ts';

let browser: LaunchedBrowser;

beforeEach(async () => {
  browser = await launchBrowser();
});

afterEach(async () => {
  await browser.close();
});

test('the app opens with its title, renders, and makes no outside request', async () => {
  const { page } = browser;
  await openApp(page);

  expect((await page.title()).trim()).toContain('Viva');
  // The title comes from static HTML; content inside #root proves the bundle ran and React mounted.
  await page.locator('#root > *').first().waitFor({ state: 'attached', timeout: 10_000 });
  // Late requests (lazy chunks, fonts, anything third-party) count too, so wait for the network to settle.
  await page.waitForLoadState('networkidle');

  // The recorder must have seen the page itself, or the origin check below would pass on an empty list.
  expect(requestedUrls(page)).toContain(appUrl('/'));
  expectRequestsStayOnOrigin(page);
  expectNoPageErrors(page);
});

test('the app is served with a policy that allows nothing beyond its origin, no inline script and no eval', async () => {
  const { page } = browser;
  await openApp(page);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content', { timeout: 5_000 });
  const directives = Object.fromEntries(
    (policy ?? '').split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      return [name, sources];
    }),
  );
  expect(directives['default-src']).toEqual(["'self'"]);
  // WebAssembly may compile (whisper.cpp); eval stays refused, as checked below.
  expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(directives['connect-src']).toEqual(["'self'"]);
  expect(directives['object-src']).toEqual(["'none'"]);
  // Inline styles only by hash: wavesurfer's shadow-root style, nothing else.
  expect(directives['style-src']?.[0]).toBe("'self'");
  expect(directives['style-src']?.slice(1).every((source) => source.startsWith("'sha256-"))).toBe(true);
  // Nothing unsafe but WebAssembly's compilation, which allows no JavaScript evaluation.
  expect(policy?.replace("'wasm-unsafe-eval'", '')).not.toContain('unsafe');
  expect(policy).not.toContain('*');
});

test('outside requests, eval, inline scripts and unknown inline styles are blocked and reported', async () => {
  const { page } = browser;
  await openApp(page);
  await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));

  const outcome = await page.evaluate(async () => {
    const results: Record<string, string> = {};
    // DevTools lets code it evaluates use eval; in a task of the page's own, the policy applies.
    results.eval = await new Promise<string>((resolve) => {
      setTimeout(() => {
        try {
          resolve(String(eval('1 + 1')));
        } catch (error) {
          resolve(error instanceof Error ? error.name : String(error));
        }
      });
    });
    try {
      await fetch('https://example.com/collect');
      results.fetch = 'sent';
    } catch (error) {
      results.fetch = error instanceof Error ? error.name : String(error);
    }
    const image = document.createElement('img');
    image.src = 'https://example.com/pixel.png';
    document.body.append(image);
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { background: red; }';
    document.head.append(style);
    results.inlineRan = String('__inlineRan' in window);
    results.background = getComputedStyle(document.body).backgroundColor;
    return results;
  });

  expect(outcome.eval).toBe('EvalError');
  expect(outcome.fetch).toBe('TypeError');
  expect(outcome.inlineRan).toBe('false');
  expect(outcome.background).not.toBe('rgb(255, 0, 0)');
  await expect
    .poll(() =>
      cspViolations(page)
        .map((violation) => violation.split(' ')[0])
        .sort(),
    )
    .toEqual(['connect-src', 'img-src', 'script-src', 'script-src-elem', 'style-src-elem']);
  expect(cspViolations(page).join('\n')).toContain('blocked https://example.com/collect');
  expect(cspViolations(page).join('\n')).toContain('blocked https://example.com/pixel.png');
  // The image was attempted and blocked by the browser before it was sent. The request recorder sees such
  // attempts, so every test's check that requests stay on the origin would catch one even when blocked.
  await expect.poll(() => failed).toContain('https://example.com/pixel.png csp');
  expect(requestedUrls(page)).toContain('https://example.com/pixel.png');
  expect(pageErrors(page)).toEqual([]);
});
