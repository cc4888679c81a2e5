import { describe, expect, it } from 'vitest';
import { SILENCE_WINDOW_MS, SilenceWatch } from './silence-watch.ts';

describe('SilenceWatch', () => {
  it('is silent once the window passes with the level at zero', () => {
    const watch = new SilenceWatch(1_000);
    for (let at = 1_000; at < 1_000 + SILENCE_WINDOW_MS; at += 100) {
      watch.hear(0);
      expect(watch.silentAt(at)).toBe(false);
    }
    watch.hear(0.01);
    expect(watch.silentAt(1_000 + SILENCE_WINDOW_MS)).toBe(true);
    expect(watch.deadline).toBe(1_000 + SILENCE_WINDOW_MS);
  });

  it('is not silent once a sound came, before or after the window closed', () => {
    const early = new SilenceWatch(0);
    early.hear(0.3);
    expect(early.silentAt(60_000)).toBe(false);

    const late = new SilenceWatch(0);
    expect(late.silentAt(4_000)).toBe(true);
    late.hear(0.05);
    expect(late.silentAt(4_000)).toBe(false);
  });
});
