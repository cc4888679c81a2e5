// WebM bytes laid out by hand, as Chromium's MediaRecorder writes them, so the EBML code under test
// is checked against bytes it did not produce itself.

const ascii = (text: string) => Array.from(text, (character) => character.charCodeAt(0));

/** EBML header of a WebM file: version 1, IDs up to 4 bytes, sizes up to 8, DocType "webm". */
export const ebmlHeader = [
  ...[0x1a, 0x45, 0xdf, 0xa3, 0x9f],
  ...[0x42, 0x86, 0x81, 0x01],
  ...[0x42, 0xf7, 0x81, 0x01],
  ...[0x42, 0xf2, 0x81, 0x04],
  ...[0x42, 0xf3, 0x81, 0x08],
  ...[0x42, 0x82, 0x84, ...ascii('webm')],
  ...[0x42, 0x87, 0x81, 0x04],
  ...[0x42, 0x85, 0x81, 0x02],
];

/** The Segment's ID followed by the 8-byte "unknown" size a live recorder writes. */
export const segmentUnknownSize = [0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];

export const infoId = [0x15, 0x49, 0xa9, 0x66];
/** TimecodeScale 1 000 000 ns (a millisecond), in 3 bytes as Chromium writes it. */
export const timecodeScaleMs = [0x2a, 0xd7, 0xb1, 0x83, 0x0f, 0x42, 0x40];
export const muxingApp = [0x4d, 0x80, 0x86, ...ascii('Chrome')];
export const writingApp = [0x57, 0x41, 0x86, ...ascii('Chrome')];

/** Tracks holding only a Void element: what matters here is that it follows Info unchanged. */
export const tracks = [0x16, 0x54, 0xae, 0x6b, 0x84, 0xec, 0x82, 0x00, 0x00];
/** A Cluster of unknown size with a Timecode and one SimpleBlock of made-up audio. */
export const cluster = [
  ...[0x1f, 0x43, 0xb6, 0x75, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
  ...[0xe7, 0x81, 0x00],
  ...[0xa3, 0x85, 0x81, 0x00, 0x00, 0x80, 0x42],
];

/** An Info element whose size is written in one byte. */
export function info(
  children: readonly number[] = [...timecodeScaleMs, ...muxingApp, ...writingApp],
): number[] {
  return [...infoId, 0x80 | children.length, ...children];
}

/** The start of a recording as MediaRecorder writes it: header, open Segment, Info, Tracks, a Cluster. */
export function webmRecording(infoElement: readonly number[] = info()): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([...ebmlHeader, ...segmentUnknownSize, ...infoElement, ...tracks, ...cluster]);
}

/** Where `pattern` first occurs in `bytes`, or -1. */
export function indexOfBytes(bytes: Uint8Array, pattern: readonly number[]): number {
  for (let i = 0; i + pattern.length <= bytes.length; i++) {
    if (pattern.every((byte, j) => bytes[i + j] === byte)) return i;
  }
  return -1;
}

/** The Duration written as an 8-byte float (ID 0x4489, size 0x88), or undefined when there is none. */
export function durationIn(bytes: Uint8Array): number | undefined {
  const at = indexOfBytes(bytes, [0x44, 0x89, 0x88]);
  if (at < 0) return undefined;
  return new DataView(bytes.buffer, bytes.byteOffset + at + 3, 8).getFloat64(0);
}
