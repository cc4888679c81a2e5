// bench/results.json: every measurement file adds its figures, the global teardown prints them as a table.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const RESULTS_FILE = resolve(import.meta.dirname, '../results.json');

/** Nested figures: numbers (ms or bytes as their keys say), lists of them, or further sections. */
export interface Results {
  [key: string]: number | string | readonly number[] | Results;
}

/** A figure the issue asks for, with its target where it has one: `atMost` unless said otherwise. */
interface Row {
  readonly key: string;
  readonly unit: 'ms' | 'bytes' | 'B/min' | 'x' | 'ratio';
  readonly target?: { readonly atMost?: number; readonly atLeast?: number };
}

/** Every key results.json must have, in the order the table shows them. */
export const REQUIRED_ROWS: readonly Row[] = [
  { key: 'turn.promptToRecordingMs.median', unit: 'ms', target: { atMost: 50 } },
  { key: 'turn.promptToRecordingMs.p95', unit: 'ms' },
  { key: 'turn.doneToSpeechMs.median', unit: 'ms', target: { atMost: 50 } },
  { key: 'turn.doneToSpeechMs.p95', unit: 'ms' },
  { key: 'turn.speechEngineStartMs.median', unit: 'ms' },
  { key: 'replay45m.peaks.drawMs', unit: 'ms' },
  { key: 'replay45m.peaks.heapBytes', unit: 'bytes' },
  { key: 'replay45m.decode.drawMs', unit: 'ms' },
  { key: 'replay45m.decode.heapBytes', unit: 'bytes' },
  { key: 'replay45m.drawSpeedup', unit: 'x', target: { atLeast: 20 } },
  { key: 'replay45m.heapRatio', unit: 'x', target: { atLeast: 10 } },
  { key: 'recording.heapSlopeBytesPerMin', unit: 'B/min' },
  { key: 'recording.heapSlopeBeyondPeaksBytesPerMin', unit: 'B/min', target: { atMost: 1_000_000 } },
  { key: 'storage.audioBytesPerMin', unit: 'B/min', target: { atMost: 250_000 } },
  { key: 'storage.peaksBytesPerMin', unit: 'B/min', target: { atMost: 10_000 } },
  { key: 'startup.firstPageJsGzipBytes', unit: 'bytes', target: { atMost: 150_000 } },
  { key: 'startup.interactiveMs', unit: 'ms' },
  { key: 'timer.latenessMs.p95', unit: 'ms', target: { atMost: 50 } },
  { key: 'transcription.en.wordErrorRate', unit: 'ratio', target: { atMost: 0.15 } },
  { key: 'transcription.en.realTimeFactor', unit: 'x', target: { atMost: 0.5 } },
  { key: 'transcription.en.wav.wordErrorRate', unit: 'ratio' },
  { key: 'transcription.en.wav.realTimeFactor', unit: 'x' },
  { key: 'transcription.en.loadMs', unit: 'ms' },
  // The app's way: heard while recorded. Beside it, the same answer transcribed from its recording after "done".
  { key: 'transcription.answer2m.heardLive.doneToWordsMs', unit: 'ms', target: { atMost: 15_000 } },
  { key: 'transcription.answer2m.heardLive.wordErrorRate', unit: 'ratio', target: { atMost: 0.15 } },
  { key: 'transcription.answer2m.doneToWordsMs', unit: 'ms' },
  { key: 'transcription.answer2m.wordErrorRate', unit: 'ratio' },
  { key: 'transcription.worker.heapBytes', unit: 'bytes' },
  // Chromium's processes (PSS), beyond what they held with the harness open: the model loaded, the most transcribing.
  { key: 'transcription.processMemory.loadedBeyondOpen.pssBytes', unit: 'bytes' },
  { key: 'transcription.processMemory.peakBeyondOpen.pssBytes', unit: 'bytes' },
  { key: 'transcription.de.wordErrorRate', unit: 'ratio' },
  { key: 'transcription.de.realTimeFactor', unit: 'x' },
  { key: 'transcription.de.wav.wordErrorRate', unit: 'ratio' },
  { key: 'transcription.ru.wordErrorRate', unit: 'ratio' },
  { key: 'transcription.ru.realTimeFactor', unit: 'x' },
  { key: 'transcription.ru.wav.wordErrorRate', unit: 'ratio' },
  { key: 'practice.firstMs', unit: 'ms' },
  { key: 'practice.againMs', unit: 'ms', target: { atMost: 200 } },
  { key: 'practice.fullAnalysisMs', unit: 'ms' },
  { key: 'search.history.loadMs', unit: 'ms', target: { atMost: 200 } },
  { key: 'search.history.peakHeapBytes', unit: 'bytes' },
  { key: 'search.history.countedLoadMs', unit: 'ms' },
  { key: 'search.history.countedPeakHeapBytes', unit: 'bytes' },
  { key: 'search.interrupted.loadMs', unit: 'ms' },
  { key: 'search.progress.loadMs', unit: 'ms' },
  { key: 'search.progress.peakHeapBytes', unit: 'bytes' },
  { key: 'search.practice.loadMs', unit: 'ms' },
  { key: 'search.practice.peakHeapBytes', unit: 'bytes' },
  { key: 'search.indexed.commonMs', unit: 'ms', target: { atMost: 200 } },
  { key: 'search.indexed.rareMs', unit: 'ms', target: { atMost: 200 } },
  { key: 'search.indexed.cyrillicMs', unit: 'ms', target: { atMost: 200 } },
  { key: 'search.indexed.commonPeakHeapBytes', unit: 'bytes' },
  { key: 'search.fullScan.commonMs', unit: 'ms' },
  { key: 'search.fullScan.commonPeakHeapBytes', unit: 'bytes' },
  { key: 'search.indexBuildMs', unit: 'ms' },
];

function read(): Results {
  return existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Results) : {};
}

function merge(into: Results, from: Results): Results {
  const merged: Results = { ...into };
  for (const [key, value] of Object.entries(from)) {
    const existing = merged[key];
    const bothSections =
      typeof value === 'object' &&
      !Array.isArray(value) &&
      typeof existing === 'object' &&
      !Array.isArray(existing);
    merged[key] = bothSections ? merge(existing as Results, value as Results) : value;
  }
  return merged;
}

/** Adds `figures` to bench/results.json; measurement files run one after another, so no write is lost. */
export function recordResults(figures: Results): void {
  writeFileSync(RESULTS_FILE, `${JSON.stringify(merge(read(), figures), null, 2)}\n`);
}

/** Starts a run with no results, so a file that failed leaves its figures missing rather than stale. */
export function clearResults(): void {
  rmSync(RESULTS_FILE, { force: true });
}

function valueAt(results: Results, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((section, part) => (section as Record<string, unknown> | undefined)?.[part], results);
}

function formatValue(value: number, unit: Row['unit']): string {
  if (unit === 'ms') return `${value.toFixed(1)} ms`;
  if (unit === 'x') return `${value.toFixed(1)}×`;
  if (unit === 'ratio') return `${(value * 100).toFixed(1)} %`;
  const kilobytes = `${(value / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;
  return unit === 'B/min' ? `${kilobytes}/min` : kilobytes;
}

/** The run's figures as a table (one row per required key, with its target), and the keys that are missing. */
export function resultsTable(): { table: string; missing: string[] } {
  const results = read();
  const missing: string[] = [];
  const rows = REQUIRED_ROWS.map(({ key, unit, target }) => {
    const value = valueAt(results, key);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      missing.push(key);
      return [key, 'missing', '', ''];
    }
    if (target === undefined) return [key, formatValue(value, unit), '', ''];
    const met =
      (target.atMost === undefined || value <= target.atMost) &&
      (target.atLeast === undefined || value >= target.atLeast);
    const goal =
      target.atMost === undefined
        ? `≥ ${formatValue(target.atLeast ?? 0, unit)}`
        : `≤ ${formatValue(target.atMost, unit)}`;
    return [key, formatValue(value, unit), goal, met ? 'met' : 'MISSED'];
  });
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return { table: rows.map(line).join('\n'), missing };
}
