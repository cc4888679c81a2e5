import { describe, expect, it } from 'vitest';
import { kilobyteFields, parentPid, processTree } from './process-memory.ts';

describe('process memory', () => {
  it('reads the kB lines of smaps_rollup in bytes, and nothing else', () => {
    const rollup = [
      '5601ee66a000-7fffaf2a7000 ---p 00000000 00:00 0                          [rollup]',
      'Rss:                1628 kB',
      'Pss:                 341 kB',
      'Pss_Anon:            112 kB',
      'THPeligible:    0',
      '',
    ].join('\n');
    expect(Object.fromEntries(kilobyteFields(rollup))).toEqual({
      Rss: 1628 * 1024,
      Pss: 341 * 1024,
      Pss_Anon: 112 * 1024,
    });
  });

  it.each([
    ['4242 (chromium) S 4200 4242 4200 0 -1 4194560', 4200],
    // A command may hold spaces and parentheses: the fields are counted from its last ")".
    ['4300 (Web Content (x)) R 4242 4300 4200 0', 4242],
  ])('reads the parent of %j', (stat, parent) => {
    expect(parentPid(stat)).toBe(parent);
  });

  it('refuses a stat line it cannot read', () => {
    expect(() => parentPid('garbage')).toThrow(/Unexpected/);
  });

  it('finds a process and all below it, and none beside it', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 10],
      [13, 12],
      [20, 1],
      [21, 20],
    ]);
    expect(processTree(10, parents).sort()).toEqual([10, 11, 12, 13]);
    expect(processTree(21, parents)).toEqual([21]);
  });
});
