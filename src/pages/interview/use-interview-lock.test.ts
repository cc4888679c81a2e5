import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { interviewLockName } from '../../interview/interview-lock.ts';
import { createFakeLocks } from '../../platform/locks/fake-locks.ts';
import { useInterviewLock } from './use-interview-lock.ts';

afterEach(cleanup);

describe('useInterviewLock', () => {
  it('lets one page of the origin hold the interview lock: another is told it is busy until it is released', async () => {
    const locks = createFakeLocks();
    const first = renderHook(() => useInterviewLock(locks));
    const second = renderHook(() => useInterviewLock(locks));

    expect(await act(() => first.result.current.take())).toBe(true);
    expect(first.result.current.state).toBe('held');
    expect(await act(() => second.result.current.take())).toBe(false);
    expect(second.result.current.state).toBe('busy');

    act(() => {
      first.result.current.release();
    });
    expect(first.result.current.state).toBe('free');
    expect(await act(() => second.result.current.take())).toBe(true);
    expect(second.result.current.state).toBe('held');
  });

  it('gives the lock back when the page is left', async () => {
    const locks = createFakeLocks();
    const page = renderHook(() => useInterviewLock(locks));
    await act(() => page.result.current.take());
    page.unmount();
    expect(await locks.acquire(interviewLockName, { waitMs: 0 })).toBeDefined();
  });
});
