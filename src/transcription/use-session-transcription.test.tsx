import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../store/db.ts';
import { AUTOMATIC_ATTEMPTS } from '../store/transcription-attempts.ts';
import { browserOnly, recordedInterview } from './testing/queued-answers.ts';
import { useSessionTranscription } from './use-session-transcription.ts';

afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const word = { text: 'partition', startMs: 0, endMs: 500, confidence: 0.9 };

describe('useSessionTranscription', () => {
  it('transcribes the queued answers and empties the queue', async () => {
    const { sessionId, answers } = await recordedInterview(2);
    expect(await db.transcriptionJobs.count()).toBe(2);
    const { engine, recognisers } = browserOnly(() => ({ ok: true, words: [word] }));
    const { result } = renderHook(() => useSessionTranscription(sessionId, answers, recognisers));
    await waitFor(() => {
      expect(result.current.transcripts.size).toBe(2);
    });
    expect(engine.asked).toEqual(['en', 'en']);
    expect(await db.transcriptionJobs.count()).toBe(0);
  });

  it('stops trying an answer that keeps failing, says why, and tries it again when asked', async () => {
    const { sessionId, answers } = await recordedInterview(1);
    const [answer] = answers;
    if (answer === undefined) throw new Error('No answer was recorded.');
    let broken = true;
    const { engine, recognisers } = browserOnly(() =>
      broken ? { ok: false, reason: 'undecodable', detail: 'EncodingError' } : { ok: true, words: [word] },
    );
    // Each visit of the review tries it once more, until the queue gives up on it.
    for (let visit = 1; visit <= AUTOMATIC_ATTEMPTS + 1; visit++) {
      const { result, unmount } = renderHook(() => useSessionTranscription(sessionId, answers, recognisers));
      await waitFor(() => {
        expect(result.current.statuses.get(answer.id)?.state).toBe('failed');
      });
      unmount();
    }
    expect(engine.asked).toHaveLength(AUTOMATIC_ATTEMPTS);
    const { result } = renderHook(() => useSessionTranscription(sessionId, answers, recognisers));
    await waitFor(() => {
      expect(result.current.statuses.get(answer.id)).toEqual({
        state: 'failed',
        message: `The recording could not be decoded: EncodingError. Tried ${AUTOMATIC_ATTEMPTS} times.`,
      });
    });

    broken = false;
    act(() => {
      result.current.retry();
    });
    await waitFor(() => {
      expect(result.current.transcripts.get(answer.id)?.words).toEqual([word]);
    });
    expect(result.current.statuses.size).toBe(0);
  });

  it('transcribes an answer again on request, and leaves the others as they are', async () => {
    const { sessionId, answers } = await recordedInterview(2);
    const [first, second] = answers;
    if (first === undefined || second === undefined) throw new Error('No answers were recorded.');
    let heard = 'first';
    const { engine, recognisers } = browserOnly(() => ({ ok: true, words: [{ ...word, text: heard }] }));
    const { result } = renderHook(() => useSessionTranscription(sessionId, answers, recognisers));
    await waitFor(() => {
      expect(result.current.transcripts.size).toBe(2);
    });
    heard = 'again';
    act(() => {
      result.current.transcribeAgain(second.id);
    });
    await waitFor(() => {
      expect(result.current.transcripts.get(second.id)?.words[0]?.text).toBe('again');
    });
    expect(result.current.transcripts.get(first.id)?.words[0]?.text).toBe('first');
    expect(engine.asked).toHaveLength(3);
    expect(await db.transcriptionJobs.count()).toBe(0);
  });
});
