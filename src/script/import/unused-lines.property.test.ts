// Any text read as any shape: never a throw, and the lines said to be unused are the document's own lines,
// in order, each saying something; a refused document has none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentShapes, readDocument } from '../parse.ts';
import { markdownLines } from '../testing/markdown-arbitraries.ts';
import { toSourceLines } from './lines.ts';

describe('lines left unused, on any text', () => {
  it('are lines of the document with their numbers, in order, none without a letter or digit', () => {
    fc.assert(
      fc.property(
        markdownLines,
        fc.constantFrom(undefined, ...documentShapes.map((s) => s.name)),
        (lines, shape) => {
          const text = lines.join('\n');
          const read = readDocument(text, shape);
          const source = toSourceLines(text);
          const numbers = read.unused.map((line) => line.number);
          expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
          for (const line of read.unused) {
            expect(source[line.number - 1]).toEqual(line);
            expect(line.text).toMatch(/[\p{L}\p{N}]/u);
          }
          if (!read.result.ok) expect(read.unused).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
