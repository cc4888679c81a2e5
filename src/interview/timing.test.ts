import { describe, expect, it } from 'vitest';
import { interruptionLine, voiceSample } from './phrases.ts';
import {
  elapsedMs,
  milestones,
  nextMilestone,
  overtimeMs,
  readingTimeMs,
  stageAt,
  warningLeadMs,
} from './timing.ts';

describe('answer clock', () => {
  it('excludes pauses and stands still while paused', () => {
    expect(elapsedMs({ startedAt: 1000, pausedMs: 500 }, 4000)).toBe(2500);
    expect(elapsedMs({ startedAt: 1000, pausedMs: 0, pausedAt: 3000 }, 9000)).toBe(2000);
  });
});

describe('milestones', () => {
  it('warns a fifth before a limit, between 5 s and a minute', () => {
    expect(warningLeadMs(30_000)).toBe(6_000);
    expect(warningLeadMs(10_000)).toBe(5_000);
    expect(warningLeadMs(6_000)).toBe(3_000);
    expect(warningLeadMs(2_700_000)).toBe(60_000);
  });

  it('goes on-time → warning → over for a limit', () => {
    const list = milestones({ kind: 'limit', seconds: 60 }, 'strict');
    expect(list).toEqual([
      { atMs: 0, stage: 'on-time' },
      { atMs: 48_000, stage: 'warning' },
      { atMs: 60_000, stage: 'over' },
    ]);
    expect(stageAt(list, 47_999)).toBe('on-time');
    expect(stageAt(list, 60_000)).toBe('over');
    expect(nextMilestone(list, 48_000)).toEqual({ atMs: 60_000, stage: 'over' });
    expect(nextMilestone(list, 60_000)).toBeUndefined();
  });

  it('goes short → on-time → warning → over for a 2–3 minute window', () => {
    const list = milestones({ kind: 'window', minSeconds: 120, maxSeconds: 180 }, 'soft');
    expect(list.map((m) => [m.atMs, m.stage])).toEqual([
      [0, 'short'],
      [120_000, 'on-time'],
      [144_000, 'warning'],
      [180_000, 'over'],
    ]);
  });

  it('never warns before a window opens', () => {
    const list = milestones({ kind: 'window', minSeconds: 25, maxSeconds: 30 }, 'soft');
    expect(list.find((m) => m.stage === 'warning')?.atMs).toBe(25_000);
  });

  it('has none when untimed, and no overtime', () => {
    expect(milestones({ kind: 'limit', seconds: 60 }, 'untimed')).toEqual([]);
    expect(overtimeMs({ kind: 'limit', seconds: 60 }, 'untimed', 90_000)).toBe(0);
    expect(overtimeMs({ kind: 'limit', seconds: 60 }, 'soft', 90_000)).toBe(30_000);
  });
});

describe('texts', () => {
  it('gives captions at least three seconds and more for long texts', () => {
    expect(readingTimeMs('Hi.')).toBe(3_000);
    expect(readingTimeMs(Array.from({ length: 40 }, () => 'word').join(' '))).toBe(13_000);
  });

  it('interrupts in the script language, English otherwise', () => {
    expect(interruptionLine('de-DE')).toEqual({ text: 'Danke, wir müssen weitermachen.', language: 'de-DE' });
    expect(interruptionLine('ru').language).toBe('ru');
    expect(interruptionLine('fr-FR')).toEqual({ text: 'Thank you, we need to move on.', language: 'en' });
    expect(voiceSample('ru-RU').text).toMatch(/^Рады вас видеть/);
  });
});
