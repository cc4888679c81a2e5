import { describe, expect, it } from 'vitest';
import { runsOf } from './runs.ts';
import { peaksOf } from './testing/synthetic-peaks.ts';
import { heardSpeech, voicedFrames } from './voice-activity.ts';

/** The voiced stretches as [start, end) frame indices, the easiest form to read in an assertion. */
const speechRuns = (peaks: Int8Array): [number, number][] =>
  runsOf(voicedFrames(peaks))
    .filter((run) => run.voiced)
    .map((run) => [run.start, run.end]);

describe('voicedFrames', () => {
  it('gives one flag per 20 ms frame and finds speech in a quiet room', () => {
    const peaks = peaksOf([
      { ms: 1500, level: 0.005 },
      { ms: 3000, level: 0.4 },
      { ms: 2500, level: 0.005 },
    ]);
    expect(voicedFrames(peaks)).toHaveLength(350);
    expect(speechRuns(peaks)).toEqual([[75, 225]]);
  });

  it('separates speech at 0.3 from a noise floor at 0.03', () => {
    const peaks = peaksOf([
      { ms: 2000, level: 0.03 },
      { ms: 3000, level: 0.3 },
      { ms: 2000, level: 0.03 },
    ]);
    expect(speechRuns(peaks)).toEqual([[100, 250]]);
  });

  it('does not take steady room noise for speech, though it is above the absolute minimum', () => {
    expect(speechRuns(peaksOf([{ ms: 5000, level: 0.03 }]))).toEqual([]);
    // With the floor ignored, the absolute minimum alone would hear the whole room.
    expect(runsOf(voicedFrames(peaksOf([{ ms: 5000, level: 0.03 }]), { floorFactor: 0 }))).toEqual([
      { start: 0, end: 250, voiced: true },
    ]);
  });

  it('keeps an answer spoken without a break as talk, though its quietest tenth is speech', () => {
    const peaks = peaksOf([
      { ms: 300, level: 0 },
      { ms: 20_000, level: 0.4 },
    ]);
    expect(speechRuns(peaks)).toEqual([[15, 1015]]);
  });

  it('hears nothing in digital silence, and nothing in no peaks at all', () => {
    expect(Array.from(voicedFrames(new Int8Array(500)))).toEqual(new Array<number>(250).fill(0));
    expect(voicedFrames(new Int8Array(0))).toHaveLength(0);
  });

  it('bridges gaps under 200 ms between words but not a 300 ms one', () => {
    const word = { ms: 400, level: 0.4 };
    const peaks = peaksOf([
      { ms: 1000, level: 0 },
      word,
      { ms: 180, level: 0.005 },
      word,
      { ms: 100, level: 0 },
      word,
      { ms: 300, level: 0.005 },
      word,
      { ms: 1000, level: 0 },
    ]);
    expect(speechRuns(peaks)).toEqual([
      [50, 124],
      [139, 159],
    ]);
  });

  it("counts the fake microphone's alternating loud and quiet frames as speech, even with dropouts", () => {
    const alternating = (quiet: number) => {
      const amplitudes = Array.from({ length: 110 }, (_, i) => (i < 10 ? 0 : i % 2 === 0 ? 90 : quiet));
      return Int8Array.from(amplitudes.flatMap((amplitude) => [-amplitude, amplitude]));
    };
    // As FakeMicrophone draws it: the quiet frames are speech too.
    expect(speechRuns(alternating(20))).toEqual([[10, 110]]);
    // Every other frame silent: bridged into one stretch; only the trailing silent frame stays out.
    expect(speechRuns(alternating(0))).toEqual([[10, 109]]);
  });

  it('drops clicks shorter than 100 ms', () => {
    const peaks = peaksOf([
      { ms: 1000, level: 0.005 },
      { ms: 60, level: 0.8 },
      { ms: 1000, level: 0.005 },
      { ms: 100, level: 0.8 },
      { ms: 1000, level: 0.005 },
    ]);
    expect(speechRuns(peaks)).toEqual([[103, 108]]);
  });

  it('reads −128 as full scale and ignores a lone trailing value', () => {
    const peaks = Int8Array.from([
      ...new Array<number>(20).fill(0),
      ...Array.from({ length: 10 }, () => [-128, 0]).flat(),
      100,
    ]);
    expect(speechRuns(peaks)).toEqual([[10, 20]]);
  });
});

describe('heardSpeech', () => {
  it.each([
    ['digital silence', [{ ms: 10_000, level: 0 }], false],
    ["a muted microphone's faint hiss at 0.005", [{ ms: 10_000, level: 0.005 }], false],
    // Peaks cannot tell steady hiss from a quiet voice without a pause: both are heard, since words
    // invented for hiss are better than a real answer left without its transcript.
    ['a steady level of 0.03: hiss, or quiet speech without a pause', [{ ms: 10_000, level: 0.03 }], true],
    [
      'a click of 60 ms',
      [
        { ms: 3000, level: 0.002 },
        { ms: 60, level: 0.5 },
        { ms: 3000, level: 0.002 },
      ],
      false,
    ],
    [
      'a quiet voice at 0.015 in a silent room',
      [
        { ms: 2000, level: 0.001 },
        { ms: 1500, level: 0.015 },
      ],
      true,
    ],
    [
      'speech over hiss',
      [
        { ms: 2000, level: 0.03 },
        { ms: 1500, level: 0.3 },
        { ms: 2000, level: 0.03 },
      ],
      true,
    ],
  ] as const)('%s: %s', (_, segments, heard) => {
    expect(heardSpeech(peaksOf(segments))).toBe(heard);
  });

  it('hears nothing in no peaks at all', () => {
    expect(heardSpeech(new Int8Array(0))).toBe(false);
  });
});
