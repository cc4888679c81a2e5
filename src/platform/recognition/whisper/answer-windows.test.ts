import { describe, expect, it } from 'vitest';
import { finalWindows, windowCut } from './answer-windows.ts';

const rate = 16_000;

/** `seconds` of loud sound (±0.5) at 16 kHz, with the given spans (in seconds) at `quiet` instead. */
function speech(seconds: number, spans: readonly [from: number, to: number, quiet?: number][] = []) {
  const samples = new Float32Array(seconds * rate);
  for (let index = 0; index < samples.length; index++) {
    const at = index / rate;
    const span = spans.find(([from, to]) => at >= from && at < to);
    const level = span === undefined ? 0.5 : (span[2] ?? 0);
    samples[index] = index % 2 === 0 ? level : -level;
  }
  return samples;
}

describe('windowCut', () => {
  it.each([
    { case: 'shorter than a window: wait for more', audio: speech(24.9), cutAt: undefined },
    { case: 'no pause at all: the latest moment allowed', audio: speech(26), cutAt: 24.9 },
    { case: 'a pause after 15 s: inside it, at its end', audio: speech(30, [[18, 18.5]]), cutAt: 18.4 },
    { case: 'a pause before 15 s is too early', audio: speech(30, [[10, 11]]), cutAt: 24.9 },
    { case: 'a pause after 25 s is too late', audio: speech(30, [[25.5, 26]]), cutAt: 24.9 },
    {
      case: 'a softer stretch beats loud speech',
      audio: speech(30, [[20, 20.3, 0.1]]),
      cutAt: 20.2,
    },
    {
      case: 'silence beats a softer stretch',
      audio: speech(30, [
        [17, 17.3, 0.1],
        [22, 22.3],
      ]),
      cutAt: 22.2,
    },
  ])('$case', ({ audio, cutAt }) => {
    const cut = windowCut(audio, rate);
    if (cutAt === undefined) expect(cut).toBeUndefined();
    else expect((cut ?? Number.NaN) / rate).toBeCloseTo(cutAt, 2);
  });

  it('measures in 20 ms frames of the audio’s own rate', () => {
    const at48k = new Float32Array(26 * 48_000).fill(0.5);
    expect(windowCut(at48k, 48_000)).toBe(24.9 * 48_000);
  });
});

describe('finalWindows', () => {
  it.each([
    { case: 'no audio: no window', seconds: 0, spans: [], lengths: [] },
    { case: 'a short answer is one window', seconds: 12, spans: [], lengths: [12] },
    {
      case: 'a long one is cut at its pauses, the rest last',
      seconds: 60,
      spans: [
        [20, 21],
        [38, 39],
      ] as [number, number][],
      lengths: [20.9, 18, 21.1],
    },
  ])('$case', ({ seconds, spans, lengths }) => {
    const windows = finalWindows(speech(seconds, spans), rate).map((length) => length / rate);
    expect(windows).toHaveLength(lengths.length);
    windows.forEach((length, index) => {
      expect(length).toBeCloseTo(lengths[index] ?? 0, 2);
    });
  });
});
