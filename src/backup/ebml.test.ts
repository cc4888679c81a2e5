import { describe, expect, it } from 'vitest';
import { encodeElement, encodeSize, readElementHeader, readUnsigned } from './ebml.ts';

const header = (...bytes: number[]) => readElementHeader(Uint8Array.from(bytes), 0);

describe('readElementHeader', () => {
  it('reads a 4-byte ID with its marker and a 1-byte size', () => {
    expect(header(0x15, 0x49, 0xa9, 0x66, 0x99)).toEqual({
      id: 0x1549a966,
      start: 0,
      sizeStart: 4,
      dataStart: 5,
      size: 25,
    });
  });

  it.each([
    [[0x81], 1],
    [[0x40, 0x7f], 127],
    [[0x20, 0x01, 0x00], 256],
    [[0x10, 0x12, 0x34, 0x56], 0x123456],
    [[0x08, 0x01, 0x00, 0x00, 0x00], 2 ** 24],
    [[0x04, 0x00, 0x00, 0x00, 0x00, 0x2a], 42],
    [[0x02, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00], 2 ** 40],
    [[0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x19], 25],
  ])('reads a size written in %j', (size, value) => {
    expect(header(0xec, ...size)?.size).toBe(value);
    expect(header(0xec, ...size)?.dataStart).toBe(1 + size.length);
  });

  it('reads an all-ones size of any length as unknown', () => {
    expect(header(0x1f, 0x43, 0xb6, 0x75, 0xff)?.size).toBeUndefined();
    expect(
      header(0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)?.size,
    ).toBeUndefined();
    // One bit short of all ones is a size like any other.
    expect(header(0xec, 0x7f, 0xfe)?.size).toBe(0x3ffe);
  });

  it('refuses bytes that start no element or are cut short', () => {
    expect(header(0x00, 0x81)).toBeUndefined();
    expect(header(0x08, 0x00, 0x00, 0x00, 0x00, 0x81)).toBeUndefined(); // a 5-byte ID
    expect(header(0xec, 0x00)).toBeUndefined();
    expect(header(0x1a, 0x45)).toBeUndefined();
    expect(header(0xec, 0x40)).toBeUndefined();
    expect(header()).toBeUndefined();
  });

  it('reads at an offset', () => {
    expect(readElementHeader(Uint8Array.of(0, 0, 0x44, 0x89, 0x88), 2)).toMatchObject({
      id: 0x4489,
      start: 2,
      dataStart: 5,
      size: 8,
    });
  });
});

describe('encodeSize', () => {
  it('uses the fewest bytes, skipping the all-ones value that means unknown', () => {
    expect(Array.from(encodeSize(0))).toEqual([0x80]);
    expect(Array.from(encodeSize(126))).toEqual([0xfe]);
    expect(Array.from(encodeSize(127))).toEqual([0x40, 0x7f]);
    expect(Array.from(encodeSize(2 ** 14 - 2))).toEqual([0x7f, 0xfe]);
    expect(Array.from(encodeSize(2 ** 14 - 1))).toEqual([0x20, 0x3f, 0xff]);
  });

  it('keeps a longer field when asked to', () => {
    expect(Array.from(encodeSize(25, 8))).toEqual([0x01, 0, 0, 0, 0, 0, 0, 0x19]);
    expect(Array.from(encodeSize(300, 1))).toEqual([0x41, 0x2c]);
  });

  it.each([0, 1, 126, 127, 128, 16_382, 16_383, 2 ** 21, 2 ** 35 + 7, 2 ** 49 - 2, Number.MAX_SAFE_INTEGER])(
    'writes %d so that it reads back',
    (size) => {
      const field = encodeSize(size);
      expect(field.length).toBeLessThanOrEqual(8);
      expect(readElementHeader(Uint8Array.from([0xec, ...field]), 0)?.size).toBe(size);
    },
  );

  it('refuses sizes no field can hold', () => {
    expect(() => encodeSize(-1)).toThrow(RangeError);
    expect(() => encodeSize(1.5)).toThrow(RangeError);
    expect(() => encodeSize(2 ** 60)).toThrow(RangeError);
  });
});

describe('encodeElement', () => {
  it('writes the ID, the shortest size and the data', () => {
    expect(Array.from(encodeElement(0x4489, Uint8Array.of(1, 2, 3)))).toEqual([0x44, 0x89, 0x83, 1, 2, 3]);
    expect(Array.from(encodeElement(0x1549a966, new Uint8Array(0)))).toEqual([0x15, 0x49, 0xa9, 0x66, 0x80]);
  });
});

describe('readUnsigned', () => {
  it('reads big-endian integers of 1 to 8 bytes', () => {
    expect(readUnsigned(Uint8Array.of(0x0f, 0x42, 0x40), 0, 3)).toBe(1_000_000);
    expect(readUnsigned(Uint8Array.of(9, 0x00, 0x1f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), 1, 8)).toBe(
      Number.MAX_SAFE_INTEGER,
    );
    expect(readUnsigned(Uint8Array.of(7), 0, 0)).toBe(0);
  });
});
