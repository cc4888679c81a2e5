import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportScript } from './export.ts';
import { formatScriptError, parseScripts } from './parse.ts';
import { markdownLines, mutation, mutate } from './testing/markdown-arbitraries.ts';

import seed000 from '../../tests/fixtures/seed-000-dialogue-de.txt?raw';
import seed001 from '../../tests/fixtures/seed-001-star-stories.txt?raw';
import seed002 from '../../tests/fixtures/seed-002-question-list-ru.txt?raw';
import seed003 from '../../tests/fixtures/seed-003-predicted-questions.txt?raw';
import seed004 from '../../tests/fixtures/seed-004-mock-interviews.md?raw';

const contentFiles = import.meta.glob<string>(['/content/*.md', '!/content/README.md'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const sources = [
  ...Object.entries(contentFiles).map(([path, text]) => ({ path, text })),
  { path: 'seed 000', text: seed000 },
  { path: 'seed 001', text: seed001 },
  { path: 'seed 002', text: seed002 },
  { path: 'seed 003', text: seed003 },
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

// A thousand parses take about 2 s on an idle machine and several times that on a busy one: the time
// limit is for a hang, not for speed.
describe('the parser on random and mutated Markdown (fast-check)', { timeout: 60_000 }, () => {
  const runs = 1000;

  it(`never throws on arbitrary text (${runs} cases)`, () => {
    fc.assert(
      fc.property(markdownLines, (lines) => {
        checkAnswer(lines.join('\n'));
      }),
      { numRuns: runs },
    );
  });

  it(`never throws on mutated scripts, and what still parses survives a round trip (${runs} cases)`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (source, changes) => {
          checkAnswer(changes.reduce(mutate, source.text.split('\n')).join('\n'));
        },
      ),
      { numRuns: runs },
    );
  });
});
