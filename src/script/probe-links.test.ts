import { describe, expect, it } from 'vitest';
import { exportScript } from './export.ts';
import { inferredProbes } from './import/probe-links.ts';
import { formatScriptError, parseScripts } from './parse.ts';

const script = (...question: string[]): string =>
  [
    '---\nid: links\ntitle: Links\nkind: technical\nlanguage: en-US\ninterviewer: Lead\n---',
    '',
    '## Opening',
    'Hello.',
    '',
    '## Question: Cache',
    'Design a cache for a slow service.',
    '',
    '### Checkpoints',
    '- [ ] Capacity estimate',
    '- [ ] Eviction policy',
    '- [ ] Invalidation',
    '',
    ...question,
    '',
    '## Closing',
    'Thanks.',
  ].join('\n');

describe("a follow-up's link to the checkpoints it probes", () => {
  it('reads "(probes: N)" after the budget, numbered as the checkpoints are, and writes it back', () => {
    const text = script(
      '### Follow-ups',
      '1. How much memory does it need? (2m) (probes: 1)',
      '2. What goes when it is full, and when is an entry stale? (probes: 2, 3)',
      '3. Anything else?',
    );
    const result = parseScripts(text);
    if (!result.ok) throw new Error(result.errors.map(formatScriptError).join('\n'));
    const [parsed] = result.scripts;
    expect(parsed?.questions[0]?.followUps.map((f) => [f.text, f.probes])).toEqual([
      ['How much memory does it need?', [0]],
      ['What goes when it is full, and when is an entry stale?', [1, 2]],
      ['Anything else?', undefined],
    ]);
    const exported = parsed === undefined ? '' : exportScript(parsed);
    expect(exported).toContain('1. How much memory does it need? (2m) (probes: 1)');
    expect(parseScripts(exported)).toEqual(result);
  });

  it.each([
    ['(probes: 4)', 'probes checkpoint 4, but the question has only 3'],
    ['(probes: two)', 'write the checkpoints a follow-up probes by their numbers'],
    ['(probes: 0)', 'write the checkpoints a follow-up probes by their numbers'],
  ])('rejects %s at its line', (link, message) => {
    const result = parseScripts(script('### Follow-ups', `1. How much memory? ${link}`));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map(formatScriptError).join('\n')).toMatch(new RegExp(`^line 21: ${message}`));
  });

  it('refuses a link on a trap, which is asked whatever the answer covered', () => {
    const result = parseScripts(script('### Traps', '1. What if the cache is down? (probes: 1)'));
    expect(result.ok || result.errors.map((e) => e.message)).toEqual([
      'a trap is asked whatever the answer covered: "(probes: …)" belongs on a follow-up',
    ]);
  });
});

describe('inferredProbes (notes that write no link)', () => {
  const checkpoints = [
    'Identifies N+1 queries',
    'Mentions ConfigureAwait(false)',
    'Explains performance implications',
  ];
  const link = (followUp: string) =>
    inferredProbes(
      followUp,
      checkpoints.map((text) => ({ text })),
      'Review this code.',
      'en',
    );

  it.each([
    ['When should you use ConfigureAwait(false)?', [1]],
    ['Where are the N+1 queries?', [0]],
    // Asks more than the checkpoint says: no link.
    ['How do you test for N+1 queries?', undefined],
    ['What is the performance impact?', undefined],
    ['How do you handle disagreements?', undefined],
  ])('%s', (followUp, probes) => {
    expect(link(followUp)).toEqual(probes);
  });

  it('leaves out the terms the question itself says: they tell nothing about the follow-up', () => {
    expect(
      inferredProbes('What about caching?', [{ text: 'Explains caching' }], 'Design caching for X.', 'en'),
    ).toBeUndefined();
  });
});
