import type { TimedWord } from '../tokens.ts';

/**
 * Timed words for a written transcript: each word takes 300 ms with 100 ms between words, and a "|"
 * between words stands for a pause of 800 ms (a stop a listener hears, shorter than a pause in the pace).
 */
export function spoken(text: string): readonly TimedWord[] {
  const words: TimedWord[] = [];
  let at = 0;
  for (const part of text.split(/\s+/u).filter((word) => word !== '')) {
    if (part === '|') {
      at += 700;
      continue;
    }
    words.push({ text: part, startMs: at, endMs: at + 300 });
    at += 400;
  }
  return words;
}
