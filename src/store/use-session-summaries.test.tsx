import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { script } from '../library/testing/script-fixture.ts';
import { db } from './db.ts';
import { deleteSession } from './history.ts';
import { createInterviewRecords } from './interview-records.ts';
import { newSession } from './testing/interview-fixture.ts';
import { useSessionSummaries, type SessionSummaries } from './use-session-summaries.ts';

const records = createInterviewRecords(db);

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const listed = (state: SessionSummaries) =>
  state.status === 'ready' ? state.summaries.map((summary) => summary.session.id) : state.status;

const sessionOf = (scriptId: string, startedAt: number) =>
  records.startSession(newSession({ script: script(scriptId), startedAt }));

describe('useSessionSummaries', () => {
  it('is loading, then lists the interviews, following every one started or deleted', async () => {
    const first = await sessionOf('cap-theorem', 1_000);
    const { result } = renderHook(() => useSessionSummaries());
    expect(result.current.status).toBe('loading');

    await waitFor(() => {
      expect(listed(result.current)).toEqual([first]);
    });

    const second = await sessionOf('code-review', 2_000);
    await waitFor(() => {
      expect(listed(result.current)).toEqual([second, first]);
    });

    await deleteSession(first);
    await waitFor(() => {
      expect(listed(result.current)).toEqual([second]);
    });
  });

  it('lists the interviews of the script asked for, and of another when asked', async () => {
    const cap = await sessionOf('cap-theorem', 1_000);
    const review = await sessionOf('code-review', 2_000);
    const { result, rerender } = renderHook(({ scriptId }) => useSessionSummaries(scriptId), {
      initialProps: { scriptId: 'cap-theorem' },
    });

    await waitFor(() => {
      expect(listed(result.current)).toEqual([cap]);
    });
    // The choice of scripts is of every interview, whichever script is listed.
    expect(result.current).toMatchObject({
      scripts: [
        { id: 'cap-theorem', title: 'Script cap-theorem' },
        { id: 'code-review', title: 'Script code-review' },
      ],
    });
    rerender({ scriptId: 'code-review' });
    await waitFor(() => {
      expect(listed(result.current)).toEqual([review]);
    });
  });

  it('says what went wrong when the interviews cannot be read, and reads them again on retry', async () => {
    const sessionId = await sessionOf('cap-theorem', 1_000);
    const failing = vi.spyOn(db.sessions, 'orderBy').mockImplementation(() => {
      throw new Error('The database is blocked.');
    });
    const { result } = renderHook(() => useSessionSummaries());

    await waitFor(() => {
      expect(result.current).toMatchObject({
        status: 'error',
        message: 'Your interviews could not be read: The database is blocked.',
      });
    });

    failing.mockRestore();
    act(() => {
      result.current.retry();
    });
    await waitFor(() => {
      expect(listed(result.current)).toEqual([sessionId]);
    });
  });
});
