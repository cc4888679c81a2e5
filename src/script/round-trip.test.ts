import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportScript } from './export.ts';
import { formatScriptError, parseScripts } from './parse.ts';

import seed004 from '../../tests/fixtures/seed-004-mock-interviews.md?raw';

const contentFiles = import.meta.glob<string>(['/content/*.md', '!/content/README.md'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const sources = [
  ...Object.entries(contentFiles).map(([path, text]) => ({ path, text })),
  { path: 'seed 004', text: seed004 },
];

describe('parse → export → parse', () => {
  it.each(sources)('gives the same scripts for $path', ({ text }) => {
    const first = parseScripts(text);
    if (!first.ok) throw new Error(first.errors.map(formatScriptError).join('\n'));
    for (const script of first.scripts) {
      const again = parseScripts(exportScript(script));
      if (!again.ok) throw new Error(again.errors.map(formatScriptError).join('\n'));
      expect(again.scripts).toEqual([script]);
    }
  });
});

/** Lines that look like the format's own pieces, so mutations reach deep into the parser. */
const markdownPieces = [
  '---',
  '',
  '## Opening (2m)',
  '## Question: X (45m, ask 1m)',
  '## Question (2 minuts)',
  '## Closing',
  '## Rubric',
  '### Follow-ups (30-60s)',
  '### Checkpoints',
  '### Code',
  '### Model answer',
  '```',
  '````ts',
  '- [ ] Clarify (5 minutes)',
  '1. [en] Why? (2-3m)',
  '   > because',
  '   Hint: think',
  '**Opening (2 minutes)**:',
  '**Question (1 minute)**:',
  '**Code (1 minute)**:',
  '## Mock Interview 9: Extra',
  'ask: 99',
  'order: sideways',
  'kind: dance',
  '"quoted"',
  '<img src=x onerror=alert(1)>',
  '\u0000\uFEFF\r',
];

const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    line: fc.oneof(fc.constantFrom(...markdownPieces), fc.string()),
  }),
  fc.record({
    op: fc.constant('edit' as const),
    at: fc.nat(),
    text: fc.string({ maxLength: 8 }),
    offset: fc.nat(),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(lines: string[], change: Mutation): string[] {
  if (lines.length === 0) return lines;
  const at = change.at % lines.length;
  const copy = [...lines];
  switch (change.op) {
    case 'delete':
      copy.splice(at, 1);
      break;
    case 'duplicate':
      copy.splice(at, 0, copy[at] ?? '');
      break;
    case 'swap': {
      const other = change.other % lines.length;
      [copy[at], copy[other]] = [copy[other] ?? '', copy[at] ?? ''];
      break;
    }
    case 'insert':
      copy.splice(at, 0, change.line);
      break;
    case 'edit': {
      const line = copy[at] ?? '';
      const offset = change.offset % (line.length + 1);
      copy[at] = line.slice(0, offset) + change.text + line.slice(offset);
      break;
    }
  }
  return copy;
}

/** Whatever it is given, the parser answers: scripts that survive a round trip, or errors at real lines. */
function checkAnswer(text: string): void {
  const result = parseScripts(text);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.line).toBeLessThanOrEqual(lineCount);
      expect(error.message.length).toBeGreaterThan(0);
    }
    return;
  }
  for (const script of result.scripts) {
    const again = parseScripts(exportScript(script));
    expect(again.ok && again.scripts).toEqual([script]);
  }
}

describe('the parser on random and mutated Markdown (fast-check)', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...markdownPieces), fc.string()), { maxLength: 40 }),
        (lines) => {
          checkAnswer(lines.join('\n'));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws on mutated scripts, and what still parses survives a round trip', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (source, changes) => {
          checkAnswer(changes.reduce(mutate, source.text.split('\n')).join('\n'));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
