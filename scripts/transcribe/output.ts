// How `npm run transcribe` prints a file's words: a line a word with its times, or one JSON line a file.
import type { RecognisedWord } from '../../src/platform/recognition/recognition.ts';

const seconds = (ms: number) => (ms / 1000).toFixed(2).padStart(7);

/** A word a line: start and end in seconds, then the word; the whole text after them. */
export function wordLines(file: string, words: readonly RecognisedWord[]): string {
  const text = words.map((word) => word.text.trim()).join(' ');
  return [
    `${file}: ${String(words.length)} words`,
    ...words.map((word) => `${seconds(word.startMs)} ${seconds(word.endMs)}  ${word.text.trim()}`),
    `text: ${text}`,
  ].join('\n');
}

/** `{ file, words: [{ text, startMs, endMs }], text }` on one line. */
export function jsonLine(file: string, words: readonly RecognisedWord[]): string {
  return JSON.stringify({
    file,
    words: words.map(({ text, startMs, endMs }) => ({ text: text.trim(), startMs, endMs })),
    text: words.map((word) => word.text.trim()).join(' '),
  });
}
