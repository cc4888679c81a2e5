import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64.ts';

describe('base64', () => {
  it('encodes as the standard alphabet with padding', () => {
    expect(bytesToBase64(Uint8Array.of(0xfb, 0xff, 0x01))).toBe('+/8B');
    expect(bytesToBase64(Uint8Array.of(0x80))).toBe('gA==');
    expect(bytesToBase64(new Uint8Array(0))).toBe('');
  });

  it('round-trips every byte value, longer than one encoding piece', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 37) % 256);
    expect(Array.from(base64ToBytes(bytesToBase64(bytes)))).toEqual(Array.from(bytes));
  });
});
