import { describe, expect, it } from 'vitest';
import { createBrowserLocks, locksOn } from './browser-locks.ts';
import { createFakeLocks } from './fake-locks.ts';
import type { Locks } from './locks.ts';

/**
 * A LockManager as much as createBrowserLocks uses of it (exclusive requests in order, abort while
 * waiting), since jsdom has no Web Locks; the real one is exercised by the end-to-end tests.
 */
function stubLockManager(): LockManager {
  const queues = new Map<string, (() => void)[]>();
  const request = (name: string, options: LockOptions, callback: LockGrantedCallback<unknown>) =>
    new Promise((resolve, reject) => {
      const queue = queues.get(name) ?? [];
      queues.set(name, queue);
      const grant = () => {
        Promise.resolve(callback({ name, mode: 'exclusive' })).then((value) => {
          queue.shift();
          queue[0]?.();
          resolve(value);
        }, reject);
      };
      options.signal?.addEventListener('abort', () => {
        const index = queue.indexOf(grant);
        if (index <= 0) return;
        queue.splice(index, 1);
        reject(new DOMException('The request was aborted.', 'AbortError'));
      });
      queue.push(grant);
      if (queue.length === 1) grant();
    });
  return { request, query: () => Promise.resolve({}) } as unknown as LockManager;
}

describe.each<[string, () => Locks]>([
  ['createFakeLocks', createFakeLocks],
  ['locksOn (Web Locks)', () => locksOn(stubLockManager())],
])('%s', (_, create) => {
  it('grants a free lock, and the next holder once it is released', async () => {
    const locks = create();
    const first = await locks.acquire('interview');
    expect(first).toBeDefined();
    const second = locks.acquire('interview');
    let granted = false;
    void second.then(() => (granted = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(granted).toBe(false);
    first?.release();
    expect(await second).toBeDefined();
  });

  it('gives up after waitMs, or when aborted, while another holds it', async () => {
    const locks = create();
    const held = await locks.acquire('interview');
    expect(await locks.acquire('interview', { waitMs: 20 })).toBeUndefined();
    const leave = new AbortController();
    const waiting = locks.acquire('interview', { signal: leave.signal });
    leave.abort();
    expect(await waiting).toBeUndefined();
    // Those that gave up are out of the line: the lock goes to the next one asking.
    held?.release();
    expect(await locks.acquire('interview', { waitMs: 20 })).toBeDefined();
  });

  it('keeps locks of different names apart', async () => {
    const locks = create();
    expect(await locks.acquire('a')).toBeDefined();
    expect(await locks.acquire('b', { waitMs: 20 })).toBeDefined();
  });
});

describe('createBrowserLocks without Web Locks', () => {
  it('grants every lock, so the app still works in one tab', async () => {
    // jsdom, like an insecure origin, has no navigator.locks.
    expect(navigator.locks).toBeUndefined();
    const locks = createBrowserLocks();
    expect(await locks.acquire('interview')).toBeDefined();
    expect(await locks.acquire('interview', { waitMs: 0 })).toBeDefined();
  });
});
