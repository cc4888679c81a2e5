// Checks that text which looks like HTML or a link was shown as text: nothing of it became an element,
// a handler, a link or ran.
import type { Page } from 'playwright-core';

/** The global a payload sets if any of it ever runs (tests/fixtures/e2e-html-payload.md). */
export const payloadFlag = '__vivaPwned';

/**
 * What on the page could only have come from markup in the text, each as a line: elements the app never
 * makes (images of src "x", frames, objects), inline event handlers, inline scripts, links to anything
 * but http(s), mailto or the app's own routes, and the payload's global. Empty when all of it is inert.
 */
export async function inertnessProblems(page: Page): Promise<string[]> {
  return page.evaluate((flag) => {
    const problems: string[] = [];
    const describe = (element: Element) => element.outerHTML.slice(0, 120);
    for (const element of document.querySelectorAll('img[src="x"], iframe, object, embed')) {
      problems.push(`an element from the text: ${describe(element)}`);
    }
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        if (attribute.startsWith('on')) problems.push(`an inline handler: ${describe(element)}`);
      }
    }
    for (const script of document.querySelectorAll('script:not([src])')) {
      problems.push(`an inline script: ${describe(script)}`);
    }
    for (const link of document.querySelectorAll('a[href]')) {
      const { protocol } = new URL((link as HTMLAnchorElement).href);
      if (!['http:', 'https:', 'mailto:'].includes(protocol))
        problems.push(`a ${protocol} link: ${describe(link)}`);
    }
    if (flag in window)
      problems.push(`the payload ran: ${String((window as unknown as Record<string, unknown>)[flag])}`);
    return problems;
  }, payloadFlag);
}

/** The page's main content as text, hidden parts (closed disclosures) included. */
export async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').textContent()) ?? '';
}
