import { describe, expect, it } from 'vitest';
import type { RecognitionResult } from '../recognition.ts';
import { listenInWindows, type WindowedListeningDeps } from './windowed-listening.ts';

const rate = 16_000;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A window Whisper was asked to transcribe: its length in seconds, whether the answer had ended, its signal. */
interface AskedWindow {
  readonly seconds: number;
  readonly last: boolean;
  readonly signal: AbortSignal;
}

/**
 * Listening with a fake tap fed by the test, an identity resampler (the tap runs at 16 kHz) and an engine that
 * hears one word per window, spanning it.
 */
function listening(options: { failWindow?: number; tapFails?: boolean } = {}) {
  let feed: ((samples: Float32Array) => void) | undefined;
  let paused = false;
  let closed = 0;
  const asked: AskedWindow[] = [];
  const deps: WindowedListeningDeps = {
    openTap: (onSamples) => {
      feed = onSamples;
      return options.tapFails === true
        ? Promise.reject(new Error('no audio worklet'))
        : Promise.resolve({ sampleRate: rate, close: () => (closed += 1) });
    },
    resample: (samples) => Promise.resolve(Float32Array.from(samples)),
    transcribe: (samples, last, signal): Promise<RecognitionResult> => {
      asked.push({ seconds: samples.length / rate, last, signal });
      if (asked.length === options.failWindow) {
        return Promise.resolve({ ok: false, reason: 'engine-failed', detail: 'out of memory' });
      }
      const text = `window${String(asked.length)}`;
      const endMs = Math.round((samples.length / rate) * 1000);
      return Promise.resolve({ ok: true, words: [{ text, startMs: 0, endMs, confidence: 0.9 }] });
    },
    paused: () => paused,
    // Speech is what the test feeds at 0.5: peaks of ±64.
    heardSpeech: (peaks) => peaks.some((peak) => Math.abs(peak) > 32),
  };
  const live = listenInWindows(deps);
  /** Feeds `seconds` of sound in 100 ms batches, silent over the given spans (seconds from this call). */
  const say = async (seconds: number, silent: readonly [number, number][] = []) => {
    await tick();
    for (let batch = 0; batch < seconds * 10; batch++) {
      const at = batch / 10;
      const quiet = silent.some(([from, to]) => at >= from && at < to);
      feed?.(new Float32Array(rate / 10).fill(quiet ? 0 : 0.5));
    }
  };
  return {
    live,
    asked,
    say,
    closed: () => closed,
    setPaused: (value: boolean) => {
      paused = value;
    },
  };
}

describe('listenInWindows', () => {
  it('transcribes a long answer window by window as it comes, cut at its pauses, and times every word from its start', async () => {
    const { live, asked, say } = listening();
    await say(60, [
      [20, 21],
      [38, 39],
    ]);
    expect(asked.map(({ seconds, last }) => [Number(seconds.toFixed(1)), last])).toEqual([
      [20.9, false],
      [18, false],
    ]);
    const result = await live.stop();
    expect(asked.map(({ seconds }) => Number(seconds.toFixed(1)))).toEqual([20.9, 18, 21.1]);
    expect(asked.map(({ last }) => last)).toEqual([false, false, true]);
    expect(result).toEqual({
      ok: true,
      words: [
        { text: 'window1', startMs: 0, endMs: 20_900, confidence: 0.9 },
        { text: 'window2', startMs: 20_900, endMs: 38_900, confidence: 0.9 },
        { text: 'window3', startMs: 38_900, endMs: 60_000, confidence: 0.9 },
      ],
    });
  });

  it('leaves out what is heard while the answer is paused, as its recording does', async () => {
    const { live, asked, say, setPaused } = listening();
    await say(5);
    setPaused(true);
    await say(5);
    setPaused(false);
    await say(5);
    expect(await live.stop()).toMatchObject({ ok: true, words: [{ startMs: 0, endMs: 10_000 }] });
    expect(asked.map(({ seconds }) => seconds)).toEqual([10]);
  });

  it('hears nothing after it was stopped, and closes the tap', async () => {
    const { live, asked, say, closed } = listening();
    await say(3);
    const result = live.stop();
    await say(3);
    expect(await result).toMatchObject({ ok: true, words: [{ endMs: 3_000 }] });
    expect([asked.length, closed()]).toEqual([1, 1]);
  });

  it('asks for no window in which nobody spoke', async () => {
    const { live, asked, say } = listening();
    // Spoken from 30 s to 40 s only: of the windows 0–24.9 s, 24.9–49.8 s and 49.8–60 s, the middle one.
    await say(60, [
      [0, 30],
      [40, 60],
    ]);
    expect(await live.stop()).toMatchObject({ ok: true, words: [{ startMs: 24_900 }] });
    expect(asked.map(({ seconds }) => Number(seconds.toFixed(1)))).toEqual([24.9]);
  });

  it('fails as a whole when a window fails', async () => {
    const { live, say } = listening({ failWindow: 1 });
    await say(30);
    expect(await live.stop()).toEqual({ ok: false, reason: 'engine-failed', detail: 'out of memory' });
  });

  it('fails when the audio cannot be tapped', async () => {
    const { live } = listening({ tapFails: true });
    expect(await live.stop()).toMatchObject({ ok: false, reason: 'engine-failed' });
  });

  it('cancels the window being transcribed and closes the tap when cancelled', async () => {
    const { live, asked, say, closed } = listening();
    await say(26);
    live.cancel();
    await tick();
    expect(asked[0]?.signal.aborted).toBe(true);
    expect(closed()).toBe(1);
  });
});
