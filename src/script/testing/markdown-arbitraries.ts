// fast-check arbitraries for the script parser: Markdown-ish lines, and changes to real scripts' lines.
import fc from 'fast-check';

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
  // The pieces of preparation notes the other shapes read.
  '## Story 2: Outage',
  '### Short Version (30 sec)',
  '### Full STAR Version (2-3 min)',
  '**Situation:** it broke',
  'Task: fix it',
  '**Action**: rolled back',
  'Result: (2 minuts)',
  '**Q: Why?**',
  '> because',
  '**👨💼 Tech-Lead:** "Warum?"',
  'Candidate: I would.',
  'Interviewer (follow-up): And then?',
  '## Predicted Interview Questions',
  '## Questions to Ask Them',
  'Databases & Caching',
  '- "Why Go?" — have a repo',
  '1) расскажите о себе:',
  '2. What is your notice period? (90 seconds)',
  'Q3: ~30 sec',
  '-----',
  'ask: 99',
  'order: sideways',
  'kind: dance',
  '"quoted"',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[link](javascript:alert(1))',
  'javascript:alert(1)',
  '\u0000\uFEFF\r',
];

/** One change to a file's lines: delete, duplicate, swap, insert or edit a line. */
export const mutation = fc.oneof(
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
export type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** The lines with `change` applied; line numbers wrap around, so any change applies to any file. */
export function mutate(lines: string[], change: Mutation): string[] {
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

/** Up to 40 lines, each one of the format's own pieces or any string. */
export const markdownLines = fc.array(fc.oneof(fc.constantFrom(...markdownPieces), fc.string()), {
  maxLength: 40,
});
