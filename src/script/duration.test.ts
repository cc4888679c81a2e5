import { describe, expect, it } from 'vitest';
import { looksLikeDuration, parseBudget, writeBudget } from './duration.ts';

describe('parseBudget', () => {
  it.each([
    ['30s', 30],
    ['30 sec', 30],
    ['90 seconds', 90],
    ['2m', 120],
    ['2 min', 120],
    ['2 min.', 120],
    ['1.5 minutes', 90],
    ['1,5 Minuten', 90],
    ['2 мин', 120],
    ['45 Sekunden', 45],
    ['1h', 3600],
    ['1 hour', 3600],
    ['~30 sec', 30],
    ['3 Minuten', 180],
    ['ca. 2 Minuten', 120],
    ['около 2 мин', 120],
    ['about 90 seconds', 90],
  ])('reads %s as a limit of %d seconds', (text, seconds) => {
    expect(parseBudget(text)).toEqual({ kind: 'limit', seconds });
  });

  it.each([
    ['2-3m', 120, 180],
    ['2–3 min', 120, 180],
    ['2—3 minutes', 120, 180],
    ['30-60 seconds', 30, 60],
    ['30s-1m', 30, 60],
    ['2 to 3 minutes', 120, 180],
    ['1-1.5 minutes', 60, 90],
    ['~2-3 min', 120, 180],
    ['2–3 minutes', 120, 180],
  ])('reads %s as a window of %d to %d seconds', (text, minSeconds, maxSeconds) => {
    expect(parseBudget(text)).toEqual({ kind: 'window', minSeconds, maxSeconds });
  });

  it('names the unknown duration and what to write instead', () => {
    expect(parseBudget('2 minuts')).toEqual({
      error: 'unknown duration "2 minuts" — write 90s, 2m, 1.5 minutes or 2-3m',
    });
    expect(parseBudget('soon')).toEqual({
      error: 'unknown duration "soon" — write 90s, 2m, 1.5 minutes or 2-3m',
    });
  });

  it('rejects a window that ends before it starts, and times under a second', () => {
    expect(parseBudget('3-2m')).toEqual({
      error: '"3-2m" is not a window — its first time must be shorter than its second, like 2-3m',
    });
    expect(parseBudget('0s')).toEqual({
      error: '"0s" is shorter than a second — write 90s, 2m, 1.5 minutes or 2-3m',
    });
  });

  it.each(['30s', '2m', '90s', '2-3m', '30-60s', '45m'])('writes %s back as it reads it', (text) => {
    const budget = parseBudget(text);
    if ('error' in budget) throw new Error(budget.error);
    expect(writeBudget(budget)).toBe(text);
  });
});

describe('looksLikeDuration', () => {
  it.each(['2m', '2 minutes', '2 minuts', '2-3 min', '5 minutes', '30 sekunden', '~30 sec', 'ca. 3 Minuten'])(
    'reads "%s" as a duration',
    (text) => {
      expect(looksLikeDuration(text)).toBe(true);
    },
  );

  it.each([
    '10x, 100x',
    '3 layers',
    'Include',
    'CP for financial, AP for caching',
    '10 items',
    'read-only database',
  ])('leaves "%s" as text', (text) => {
    expect(looksLikeDuration(text)).toBe(false);
  });
});
