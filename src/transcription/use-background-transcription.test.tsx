import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { interviewLockName } from '../interview/interview-lock.ts';
import { createFakeLocks } from '../platform/locks/fake-locks.ts';
import { db } from '../store/db.ts';
import { defaultSettings, saveSettings } from '../store/settings.ts';
import { browserOnly, recordedInterview } from './testing/queued-answers.ts';
import { transcriptionQueueLockName, useBackgroundTranscription } from './use-background-transcription.ts';

afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const word = { text: 'quorum', startMs: 0, endMs: 500, confidence: 0.9 };

/** The first byte of each recording the engine was given: its turn, in the order transcribed. */
function recordingTurns() {
  const turns: number[] = [];
  const { engine, recognisers } = browserOnly(() => ({ ok: true, words: [word] }));
  const transcribe = engine.transcribe.bind(engine);
  engine.transcribe = async (audio, options) => {
    turns.push(new Uint8Array(await audio.arrayBuffer())[0] ?? -1);
    return transcribe(audio, options);
  };
  return { turns, engine, recognisers };
}

describe('useBackgroundTranscription', () => {
  it("transcribes every interview's queued answers, the oldest first, then waits for more", async () => {
    const first = await recordedInterview(2);
    const second = await recordedInterview(1);
    const { turns, recognisers } = recordingTurns();
    const locks = createFakeLocks();
    const { result } = renderHook(() => useBackgroundTranscription(recognisers, locks));
    await waitFor(async () => {
      expect(await db.transcripts.count()).toBe(3);
    });
    expect(turns).toEqual([0, 1, 0]);
    expect(await db.transcriptionJobs.count()).toBe(0);
    await waitFor(() => {
      expect(result.current).toEqual({ left: 0 });
    });

    // An answer queued later (a backup restored, say) is taken up while the page stays.
    const third = await recordedInterview(1);
    await waitFor(async () => {
      expect(await db.transcripts.count()).toBe(4);
    });
    const sessions = (await db.transcripts.toArray()).map((transcript) => transcript.sessionId);
    expect(new Set(sessions)).toEqual(new Set([first.sessionId, second.sessionId, third.sessionId]));
  });

  it('tries a failing answer once while the page stays, and leaves it queued', async () => {
    await recordedInterview(1);
    const { engine, recognisers } = browserOnly(() => ({ ok: false, reason: 'engine-failed' }));
    const locks = createFakeLocks();
    renderHook(() => useBackgroundTranscription(recognisers, locks));
    await waitFor(async () => {
      expect((await db.transcriptionJobs.toArray())[0]?.failure).toBe(
        'The recogniser stopped with an error.',
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(engine.asked).toEqual(['en']);
    expect((await db.transcriptionJobs.toArray())[0]?.attempts).toBe(1);
  });

  it('transcribes nothing with transcription off, or while another tab works the queue', async () => {
    await recordedInterview(1);
    await saveSettings({
      ...defaultSettings,
      transcribe: false,
      recognitionEngines: { en: 'browser', de: 'whisper', ru: 'whisper' },
    });
    const off = browserOnly(() => ({ ok: true, words: [word] }));
    const offLocks = createFakeLocks();
    const { unmount } = renderHook(() => useBackgroundTranscription(off.recognisers, offLocks));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(off.engine.asked).toEqual([]);
    unmount();

    await saveSettings({
      ...defaultSettings,
      recognitionEngines: { en: 'browser', de: 'whisper', ru: 'whisper' },
    });
    const locks = createFakeLocks();
    const otherTab = await locks.acquire(transcriptionQueueLockName);
    const waiting = browserOnly(() => ({ ok: true, words: [word] }));
    renderHook(() => useBackgroundTranscription(waiting.recognisers, locks));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(waiting.engine.asked).toEqual([]);
    otherTab?.release();
    await waitFor(async () => {
      expect(await db.transcripts.count()).toBe(1);
    });
  });

  it('waits for an interview in another tab to end before each answer: its recording has the processor', async () => {
    await recordedInterview(1);
    const { engine, recognisers } = browserOnly(() => ({ ok: true, words: [word] }));
    const locks = createFakeLocks();
    const otherTab = await locks.acquire(interviewLockName);
    const { result } = renderHook(() => useBackgroundTranscription(recognisers, locks));
    await waitFor(() => {
      expect(result.current).toEqual({ waiting: 'interview' });
    });
    expect(engine.asked).toEqual([]);
    otherTab?.release();
    await waitFor(async () => {
      expect(await db.transcripts.count()).toBe(1);
    });
    // The interview lock was given back: an interview can start again.
    expect(await locks.acquire(interviewLockName, { waitMs: 0 })).toBeDefined();
  });

  it('stops the engine when the page changes', async () => {
    await recordedInterview(1);
    const { engine, recognisers } = browserOnly(() => ({ ok: true, words: [word] }));
    const locks = createFakeLocks();
    const { unmount } = renderHook(() => useBackgroundTranscription(recognisers, locks));
    await waitFor(() => {
      expect(engine.asked).toEqual(['en']);
    });
    unmount();
    await waitFor(() => {
      expect(engine.disposed).toBe(true);
    });
  });
});
