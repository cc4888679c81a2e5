import { describe, expect, it, vi } from 'vitest';
import { WriteQueue } from './write-queue.ts';

function later(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('WriteQueue', () => {
  it('runs writes one at a time, in order, however long each takes', async () => {
    const queue = new WriteQueue(() => undefined);
    const log: string[] = [];
    let running = 0;
    for (const [name, ms] of [
      ['a', 15],
      ['b', 0],
      ['c', 5],
    ] as const) {
      queue.enqueue(async () => {
        running += 1;
        expect(running).toBe(1);
        log.push(`start ${name}`);
        await later(ms);
        log.push(`end ${name}`);
        running -= 1;
      });
    }
    await queue.drained();
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('reports the first failure once and drops every later write', async () => {
    const onFailure = vi.fn();
    const queue = new WriteQueue(onFailure);
    const third = vi.fn(() => Promise.resolve());
    const failure = new Error('disk full');
    queue.enqueue(() => Promise.resolve());
    queue.enqueue(() => Promise.reject(failure));
    queue.enqueue(third);
    await queue.drained();
    queue.enqueue(third);
    await queue.drained();
    expect(onFailure).toHaveBeenCalledExactlyOnceWith(failure);
    expect(third).not.toHaveBeenCalled();
    expect(queue.failed).toBe(true);
    expect(queue.error).toBe(failure);
  });

  it('counts a write that throws before its first await as failed', async () => {
    const onFailure = vi.fn();
    const queue = new WriteQueue(onFailure);
    queue.enqueue(() => {
      throw new Error('synchronous');
    });
    await expect(queue.drained()).resolves.toBeUndefined();
    expect(onFailure).toHaveBeenCalledOnce();
  });
});
