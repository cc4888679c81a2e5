// The page's memory as the bench counts it, through the Chrome DevTools Protocol after a forced collection.
import type { CDPSession, Page } from 'playwright-core';

/** Bytes, as Runtime.getHeapUsage reports them after HeapProfiler.collectGarbage. */
export interface HeapUsage {
  /** Live objects in V8's JavaScript heap. */
  readonly usedBytes: number;
  /** Live objects in Blink's garbage-collected heap (DOM nodes, AudioBuffer objects and the like). */
  readonly embedderBytes: number;
  /**
   * Memory of ArrayBuffers (typed arrays, and decoded audio once its channel data has been read) and
   * external strings, which lives outside both heaps; measured: an 86 MB AudioBuffer counts here.
   */
  readonly backingStoreBytes: number;
  /** The three together: what the bench calls the JS heap. */
  readonly totalBytes: number;
}

/** Measures `page`'s heap after garbage collection, as many times as asked, over one DevTools session. */
export class HeapProbe {
  private constructor(private readonly session: CDPSession) {}

  static async open(page: Page): Promise<HeapProbe> {
    return new HeapProbe(await page.context().newCDPSession(page));
  }

  async measure(): Promise<HeapUsage> {
    // Twice: the first collection can leave objects whose finalizers only let go of more memory after it.
    await this.session.send('HeapProfiler.collectGarbage');
    await this.session.send('HeapProfiler.collectGarbage');
    const usage = await this.session.send('Runtime.getHeapUsage');
    return {
      usedBytes: usage.usedSize,
      embedderBytes: usage.embedderHeapUsedSize,
      backingStoreBytes: usage.backingStorageSize,
      totalBytes: usage.usedSize + usage.embedderHeapUsedSize + usage.backingStorageSize,
    };
  }

  async close(): Promise<void> {
    await this.session.detach();
  }
}
