import { describe, expect, it } from 'vitest';
import { facetsOf, filterEntries, hasCriteria, noCriteria, searchesText } from './filter.ts';
import { entry, prompt, question, script } from './testing/script-fixture.ts';

const cap = entry(
  script('cap', {
    title: 'Distributed Systems — CAP Theorem',
    kind: 'technical',
    language: 'en-US',
    questions: [
      question('CAP', 'Explain CAP theorem.', {
        followUps: [prompt('How do you handle network partitions?')],
        traps: [prompt('Can you have CA?')],
      }),
    ],
  }),
);
const techLead = entry(
  script('tech-lead', {
    title: 'Tech Lead Interview',
    kind: 'screening',
    language: 'de-DE',
    interviewer: 'Engineering Director',
    description: 'Führung und Architektur',
    closing: prompt('Haben Sie noch Fragen an uns?'),
  }),
);
const design = entry(
  script('saas', { title: 'Multi-Tenant SaaS', kind: 'system-design', language: 'en-US' }),
  'imported',
);
const all = [cap, techLead, design];

const keys = (entries: readonly { key: string }[] | undefined) => entries?.map((e) => e.key);

describe('filterEntries', () => {
  it('keeps everything without criteria', () => {
    expect(keys(filterEntries(all, noCriteria))).toEqual(keys(all));
  });

  it('filters by kind', () => {
    expect(keys(filterEntries(all, { ...noCriteria, kind: 'system-design' }))).toEqual(['imported/saas']);
  });

  it('filters by language tag', () => {
    expect(keys(filterEntries(all, { ...noCriteria, language: 'en-US' }))).toEqual([
      'builtin/cap',
      'imported/saas',
    ]);
  });

  it('combines kind and language', () => {
    expect(filterEntries(all, { ...noCriteria, kind: 'screening', language: 'en-US' })).toEqual([]);
  });

  it.each([
    ['the title, in any case', 'cap THEOREM', 'builtin/cap'],
    ['the description', 'führung', 'builtin/tech-lead'],
    ['the interviewer', 'director', 'builtin/tech-lead'],
    ['a follow-up', 'network partitions', 'builtin/cap'],
    ['a trap', 'have ca?', 'builtin/cap'],
    ['the closing', 'fragen an uns', 'builtin/tech-lead'],
  ])('finds words in %s', (_where, text, expected) => {
    expect(keys(filterEntries(all, { ...noCriteria, text }))).toEqual([expected]);
  });

  it('needs every word but not in order', () => {
    expect(keys(filterEntries(all, { ...noCriteria, text: 'theorem distributed' }))).toEqual(['builtin/cap']);
    expect(filterEntries(all, { ...noCriteria, text: 'theorem kubernetes' })).toEqual([]);
  });

  it('does not search hints or model answers, which are for after answering', () => {
    const withHint = entry(
      script('hinted', {
        questions: [
          question('Q', 'Why?', {
            prompt: { ...prompt('Why?'), hints: ['secretword'], modelAnswer: 'answerword' },
          }),
        ],
      }),
    );
    expect(filterEntries([withHint], { ...noCriteria, text: 'secretword' })).toEqual([]);
    expect(filterEntries([withHint], { ...noCriteria, text: 'answerword' })).toEqual([]);
  });

  it('cannot answer a text search before every entry it looks at has its text, but filters without one', () => {
    const entries = [{ key: cap.key, source: cap.source, overview: cap.overview }, techLead];
    expect(filterEntries(entries, { ...noCriteria, text: 'cap' })).toBeUndefined();
    expect(keys(filterEntries(entries, { ...noCriteria, language: 'de-DE', text: 'führung' }))).toEqual([
      'builtin/tech-lead',
    ]);
    expect(keys(filterEntries(entries, { ...noCriteria, kind: 'technical' }))).toEqual(['builtin/cap']);
    expect(searchesText({ ...noCriteria, text: ' cap ' })).toBe(true);
    expect(searchesText({ ...noCriteria, text: '  ' })).toBe(false);
  });
});

describe('hasCriteria', () => {
  it('treats blank search text as no criterion', () => {
    expect(hasCriteria({ ...noCriteria, text: '   ' })).toBe(false);
    expect(hasCriteria({ ...noCriteria, language: 'de-DE' })).toBe(true);
  });
});

describe('facetsOf', () => {
  it('lists each kind once in the model order and each language once', () => {
    expect(facetsOf(all)).toEqual({
      kinds: ['system-design', 'technical', 'screening'],
      languages: ['de-DE', 'en-US'],
    });
  });
});
