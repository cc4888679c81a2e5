import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { interviewLockName } from '../interview/interview-lock.ts';
import { createFakeLocks } from '../platform/locks/fake-locks.ts';
import { db } from './db.ts';
import { createInterviewRecords } from './interview-records.ts';
import { newSession } from './testing/interview-fixture.ts';
import { useInterviewRecovery } from './use-interview-recovery.ts';

const records = createInterviewRecords(db);

afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const statusOf = async (id: string) => (await db.sessions.get(id))?.status;

describe('useInterviewRecovery', () => {
  it('marks a session that no tab runs any more as interrupted', async () => {
    const sessionId = await records.startSession(newSession());
    const { result } = renderHook(() => useInterviewRecovery(createFakeLocks(), 'library', true));
    await waitFor(async () => {
      expect(await statusOf(sessionId)).toBe('interrupted');
    });
    expect(result.current).toBeUndefined();
  });

  it('leaves the session of a running interview alone, and recovers it once that tab lets go', async () => {
    const locks = createFakeLocks();
    // Another tab runs the interview, holding the lock.
    const running = await locks.acquire(interviewLockName);
    const sessionId = await records.startSession(newSession());
    renderHook(() => useInterviewRecovery(locks, 'library', true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await statusOf(sessionId)).toBe('in-progress');
    // That tab crashed or was closed: the browser frees its lock.
    running?.release();
    await waitFor(async () => {
      expect(await statusOf(sessionId)).toBe('interrupted');
    });
    // Done, the recovery let go of the lock too, so an interview can start.
    expect(await locks.acquire(interviewLockName, { waitMs: 0 })).toBeDefined();
  });

  it('checks nothing until the database is open, then recovers', async () => {
    const sessionId = await records.startSession(newSession());
    const locks = createFakeLocks();
    const { rerender } = renderHook(({ ready }) => useInterviewRecovery(locks, 'library', ready), {
      initialProps: { ready: false },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await statusOf(sessionId)).toBe('in-progress');
    rerender({ ready: true });
    await waitFor(async () => {
      expect(await statusOf(sessionId)).toBe('interrupted');
    });
  });
});
