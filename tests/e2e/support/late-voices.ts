// A slow speech engine, made from the real one: the page's speechSynthesis reports no voices until
// `afterMs` after the page started, then its real voices and a `voiceschanged`, as speech-dispatcher
// does when it loads thousands of voices (4 s measured here; slower machines take longer).
import type { Page } from 'playwright-core';

function holdVoicesBack(afterMs: number): void {
  const realVoices = speechSynthesis.getVoices.bind(speechSynthesis);
  speechSynthesis.getVoices = () => (performance.now() < afterMs ? [] : realVoices());
  // The engine's own early `voiceschanged` reaches the app too; it then reads an empty list, as from a
  // slow engine. This is the announcement of the voices it finally has.
  setTimeout(() => {
    speechSynthesis.dispatchEvent(new Event('voiceschanged'));
  }, afterMs);
}

/** Every page of `page`'s context sees the engine's voices only `afterMs` after it starts loading. */
export async function delayVoices(page: Page, afterMs: number): Promise<void> {
  await page.context().addInitScript(holdVoicesBack, afterMs);
}
