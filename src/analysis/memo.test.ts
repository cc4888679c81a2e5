import { describe, expect, it } from 'vitest';
import { memoised } from './memo.ts';

describe('memoised', () => {
  it('works a key out once, and starts afresh when full', () => {
    const seen: string[] = [];
    const upper = memoised((key) => {
      seen.push(key);
      return key.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
    expect(upper('c')).toBe('C');
    expect(upper('a')).toBe('A');
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});
