// Replay of a 45-minute answer, side by side in one run: the app's way (stored peaks and duration) against
// wavesurfer.js's default (fetch the whole recording and decode it), each in a fresh page, after GC.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../tests/e2e/support/browser.ts';
import type { OpenedWaveform, StoredAnswerIds } from './harness/api.ts';
import { callHarness, openHarness } from './support/harness.ts';
import { HeapProbe } from './support/heap.ts';
import { ensureLongAnswer, LONG_ANSWER_SECONDS, longAnswerFiles } from './support/long-answer-fixture.ts';
import { recordResults } from './support/results.ts';

type Way = 'openWithStoredPeaks' | 'openByDecoding';

describe('replay of a 45-minute answer', () => {
  let browser: LaunchedBrowser;
  let ids: StoredAnswerIds;

  beforeAll(async () => {
    browser = await launchBrowser();
    const madeInSeconds = await ensureLongAnswer(browser.page);
    if (madeInSeconds > 0) console.info(`made the 45-minute answer in ${madeInSeconds.toFixed(0)} s`);
    const page = await browser.context.newPage();
    await openHarness(page, longAnswerFiles);
    ids = await callHarness(page, 'storeLongAnswer');
    await page.close();
  });

  afterAll(async () => {
    await browser.close();
  });

  /** Opens the stored answer `way` in a fresh page; heap is the growth from before to after, both after GC. */
  async function open(way: Way): Promise<OpenedWaveform & { heapBytes: number }> {
    const page = await browser.context.newPage();
    try {
      await openHarness(page);
      await callHarness(page, 'loadPlayerCode');
      const heap = await HeapProbe.open(page);
      const before = await heap.measure();
      const opened = await callHarness(page, way, ids);
      const after = await heap.measure();
      await heap.close();
      return { ...opened, heapBytes: after.totalBytes - before.totalBytes };
    } finally {
      await page.close();
    }
  }

  it('draws from stored peaks far faster, and in far less memory, than by decoding', async () => {
    const peaks = await open('openWithStoredPeaks');
    const decode = await open('openByDecoding');
    for (const opened of [peaks, decode]) {
      expect(opened.canvases).toBeGreaterThan(0);
      expect(Math.abs(opened.durationSeconds - LONG_ANSWER_SECONDS)).toBeLessThan(1);
    }
    const results = {
      peaks: { drawMs: peaks.drawMs, heapBytes: peaks.heapBytes },
      decode: { drawMs: decode.drawMs, heapBytes: decode.heapBytes },
      drawSpeedup: decode.drawMs / peaks.drawMs,
      heapRatio: decode.heapBytes / peaks.heapBytes,
    };
    console.info(`replay of 45 minutes: ${JSON.stringify(results)}`);
    recordResults({ replay45m: results });
  });
});
