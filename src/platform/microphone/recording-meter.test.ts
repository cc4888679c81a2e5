import { describe, expect, it } from 'vitest';
import { RecordingMeter } from './recording-meter.ts';
import type { PeakBatch } from './peak-batch.ts';

/** 100 ms at 48 kHz: five blocks, each pair ±`value`. */
function batch(value: number, mark?: number): PeakBatch {
  const peaks = new Int8Array(10).map((_, i) => (i % 2 === 0 ? -value : value));
  const figures = { peaks, frames: 4800, sumSquares: 4800 * (value / 127) ** 2, peak: value / 127 };
  return mark === undefined ? figures : { ...figures, mark };
}

describe('RecordingMeter', () => {
  it('counts nothing before its start mark, and from the batch after it', () => {
    const meter = new RecordingMeter(48_000);
    meter.switchAt(3, true);
    meter.add(batch(10));
    meter.add(batch(20, 3));
    meter.add(batch(30));
    expect(meter.durationMs).toBe(100);
    expect(Array.from(meter.takePeaks())).toEqual([-30, 30, -30, 30, -30, 30, -30, 30, -30, 30]);
  });

  it('counts the batch carrying a pause mark, and nothing until the resume mark has passed', () => {
    const meter = new RecordingMeter(48_000);
    meter.switchAt(0, true);
    meter.add(batch(0, 0));
    meter.add(batch(50));
    meter.switchAt(1, false);
    meter.switchAt(2, true);
    meter.add(batch(60, 1));
    meter.add(batch(1));
    meter.add(batch(2, 2));
    meter.add(batch(70));
    expect(meter.durationMs).toBe(300);
    expect(new Set(meter.takePeaks().map(Math.abs))).toEqual(new Set([50, 60, 70]));
  });

  it('ignores marks it was not given', () => {
    const meter = new RecordingMeter(48_000);
    meter.switchAt(5, true);
    meter.add(batch(1, 4));
    meter.add(batch(1));
    expect(meter.durationMs).toBe(0);
  });

  it('hands out peaks once each, and measures the whole recording as the sum of the takes', () => {
    const meter = new RecordingMeter(48_000);
    meter.switchAt(0, true);
    meter.add(batch(0, 0));
    meter.add(batch(127));
    const first = meter.takePeaks();
    expect(meter.hasPendingPeaks).toBe(false);
    meter.add(batch(64));
    meter.add(batch(64));
    expect(meter.hasPendingPeaks).toBe(true);
    const second = meter.takePeaks();
    expect([first.length, second.length]).toEqual([10, 20]);
    const { durationMs, peaks, levels } = meter.measures();
    expect(durationMs).toBe(300);
    expect(Array.from(peaks)).toEqual([...first, ...second]);
    expect(levels.peak).toBe(1);
    expect(levels.rms).toBeCloseTo(Math.sqrt((1 + 2 * (64 / 127) ** 2) / 3));
  });

  it('measures silence as zero', () => {
    expect(new RecordingMeter(44_100).measures()).toEqual({
      durationMs: 0,
      peaks: new Int8Array(0),
      levels: { peak: 0, rms: 0 },
    });
  });
});
