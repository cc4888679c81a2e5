import { describe, expect, it } from 'vitest';
import { errorsByLine, lineCount, lineStart } from './editor-lines.ts';

describe('editor lines', () => {
  const text = 'one\ntwo\r\nthree\n';

  it('numbers lines as the parser does, with any line break', () => {
    expect(lineCount(text)).toBe(4);
    expect(lineStart(text, 1)).toBe(0);
    expect(lineStart(text, 2)).toBe(4);
    expect(lineStart(text, 3)).toBe(9);
    expect(lineStart(text, 4)).toBe(text.length);
    expect(lineStart(text, 40)).toBe(text.length);
  });

  it('groups errors by line, keeping lines past the end on the last one', () => {
    const byLine = errorsByLine(
      [
        { line: 2, message: 'a' },
        { line: 2, message: 'b' },
        { line: 9, message: 'c' },
      ],
      text,
    );
    expect([...byLine]).toEqual([
      [2, ['a', 'b']],
      [4, ['c']],
    ]);
  });
});
