import { describe, expect, it } from 'vitest';
import {
  cluster,
  durationIn,
  ebmlHeader,
  indexOfBytes,
  info,
  infoId,
  muxingApp,
  segmentUnknownSize,
  timecodeScaleMs,
  tracks,
  webmRecording,
  writingApp,
} from './testing/webm-fixture.ts';
import { withWebmDuration, writeWebmDuration } from './webm-duration.ts';

const written = (bytes: Uint8Array<ArrayBuffer>, durationMs: number) => {
  const outcome = writeWebmDuration(bytes, durationMs);
  if (!outcome.written) throw new Error(`not written: ${outcome.reason}`);
  return outcome.bytes;
};

/** The bytes from the end of Info on, which writing the Duration must leave exactly as they were. */
const afterInfo = [...tracks, ...cluster];
const tail = (bytes: Uint8Array) => Array.from(bytes.subarray(bytes.length - afterInfo.length));

describe('writeWebmDuration', () => {
  it('adds a Duration to the Info of a live recording, growing Info and leaving the open Segment open', () => {
    const recording = webmRecording();

    const patched = written(recording, 3_250);

    expect(durationIn(patched)).toBe(3_250);
    expect(patched.length).toBe(recording.length + 11);
    const infoAt = indexOfBytes(patched, infoId);
    expect(patched[infoAt + 4]).toBe(0x80 | (25 + 11));
    expect(Array.from(patched.subarray(0, infoAt))).toEqual([...ebmlHeader, ...segmentUnknownSize]);
    expect(Array.from(patched.subarray(infoAt + 5, infoAt + 30))).toEqual([
      ...timecodeScaleMs,
      ...muxingApp,
      ...writingApp,
    ]);
    expect(tail(patched)).toEqual(afterInfo);
  });

  it('writes the duration in the file’s own TimecodeScale', () => {
    const microseconds = [0x2a, 0xd7, 0xb1, 0x82, 0x03, 0xe8];
    expect(durationIn(written(webmRecording(info([...microseconds, ...muxingApp])), 1_500))).toBe(1_500_000);
  });

  it('uses a millisecond when the file states no TimecodeScale', () => {
    expect(durationIn(written(webmRecording(info(muxingApp)), 42.5))).toBe(42.5);
  });

  it('replaces a Duration already there', () => {
    const float32Duration = [0x44, 0x89, 0x84, 0x3f, 0x80, 0x00, 0x00];
    const recording = webmRecording(info([...timecodeScaleMs, ...float32Duration, ...muxingApp]));

    const patched = written(recording, 9_000);

    expect(durationIn(patched)).toBe(9_000);
    expect(indexOfBytes(patched, float32Duration)).toBe(-1);
    expect(patched.length).toBe(recording.length + 4);
    expect(tail(patched)).toEqual(afterInfo);
  });

  it('keeps an 8-byte Info size field 8 bytes long', () => {
    const children = [...timecodeScaleMs, ...muxingApp];
    const recording = webmRecording([...infoId, 0x01, 0, 0, 0, 0, 0, 0, children.length, ...children]);

    const patched = written(recording, 700);

    const infoAt = indexOfBytes(patched, infoId);
    expect(Array.from(patched.subarray(infoAt + 4, infoAt + 12))).toEqual([0x01, 0, 0, 0, 0, 0, 0, 16 + 11]);
    expect(durationIn(patched)).toBe(700);
    expect(tail(patched)).toEqual(afterInfo);
  });

  it('grows a Segment of known size by what it adds', () => {
    const body = [...info(), ...tracks, ...cluster.slice(0, 4), 0x83, 0xe7, 0x81, 0x00];
    const recording = Uint8Array.from([...ebmlHeader, 0x18, 0x53, 0x80, 0x67, 0x40, body.length, ...body]);

    const patched = written(recording, 1_000);

    expect(Array.from(patched.subarray(ebmlHeader.length + 4, ebmlHeader.length + 6))).toEqual([
      0x40,
      body.length + 11,
    ]);
    expect(durationIn(patched)).toBe(1_000);
  });

  it('leaves a file with a SeekHead alone rather than move what it points to', () => {
    const seekHead = [0x11, 0x4d, 0x9b, 0x74, 0x80];
    const recording = Uint8Array.from([
      ...ebmlHeader,
      ...segmentUnknownSize,
      ...seekHead,
      ...info(),
      ...cluster,
    ]);

    expect(writeWebmDuration(recording, 1_000)).toEqual({
      written: false,
      bytes: recording,
      reason: 'indexed',
    });
  });

  it('still overwrites an 8-byte Duration behind a SeekHead, which moves nothing', () => {
    const seekHead = [0x11, 0x4d, 0x9b, 0x74, 0x80];
    const float64Duration = [0x44, 0x89, 0x88, 0, 0, 0, 0, 0, 0, 0, 0];
    const recording = Uint8Array.from([
      ...ebmlHeader,
      ...segmentUnknownSize,
      ...seekHead,
      ...info([...float64Duration, ...timecodeScaleMs]),
      ...cluster,
    ]);

    const patched = written(recording, 2_000);

    expect(patched.length).toBe(recording.length);
    expect(durationIn(patched)).toBe(2_000);
  });

  it.each([
    ['empty bytes', []],
    ['an MP4', [0, 0, 0, 0x18, ...Array.from('ftypM4A ', (c) => c.charCodeAt(0))]],
    ['text', Array.from('hello', (c) => c.charCodeAt(0))],
    ['an EBML header without a Segment', [...ebmlHeader, ...tracks]],
    ['a cut-off EBML header', ebmlHeader.slice(0, 10)],
  ])('returns %s unchanged as not WebM', (_, bytes) => {
    const input = Uint8Array.from(bytes);
    const outcome = writeWebmDuration(input, 1_000);
    expect(outcome).toEqual({ written: false, bytes: input, reason: 'not-webm' });
    expect(outcome.bytes).toBe(input);
  });

  it.each([
    ['a Segment that starts with audio', [...ebmlHeader, ...segmentUnknownSize, ...tracks, ...cluster]],
    ['an Info cut off', [...ebmlHeader, ...segmentUnknownSize, ...info().slice(0, 12)]],
    ['an Info whose child overruns it', [...ebmlHeader, ...segmentUnknownSize, ...infoId, 0x82, 0x4d, 0x85]],
    ['a Segment with nothing in it', [...ebmlHeader, ...segmentUnknownSize]],
  ])('returns %s unchanged for want of an Info', (_, bytes) => {
    const input = Uint8Array.from(bytes);
    expect(writeWebmDuration(input, 1_000)).toEqual({ written: false, bytes: input, reason: 'no-info' });
  });

  it('refuses a duration that is not one', () => {
    expect(() => writeWebmDuration(webmRecording(), Number.NaN)).toThrow(RangeError);
    expect(() => writeWebmDuration(webmRecording(), -1)).toThrow(RangeError);
  });
});

describe('withWebmDuration', () => {
  it('gives the written bytes, or the very input when there was nowhere to write', () => {
    expect(durationIn(withWebmDuration(webmRecording(), 5_000))).toBe(5_000);
    const mp4 = Uint8Array.of(0, 0, 0, 8, 0x66, 0x74, 0x79, 0x70);
    expect(withWebmDuration(mp4, 5_000)).toBe(mp4);
  });
});
