import { describe, expect, it } from 'vitest';
import { describeBytes } from './byte-size.ts';

describe('describeBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [50 * 1024 ** 2, '50 MB'],
    [3.45 * 1024 ** 2, '3.5 MB'],
    [1024 ** 3, '1 GB'],
  ])('%d bytes reads as %s', (bytes, text) => {
    expect(describeBytes(bytes)).toBe(text);
  });
});
