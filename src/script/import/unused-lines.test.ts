import { describe, expect, it } from 'vitest';
import { readDocument } from '../parse.ts';

// Each shape with a stray paragraph of its own: notes someone jotted between the parts the importer reads.
// `unused` lists the lines that must be shown as not used; blank lines, rules and bare headings are not.
const documents: readonly { shape: string; text: string; unused: readonly string[] }[] = [
  {
    shape: 'mock-interviews',
    text: `# My mock interviews

Practise these with a friend on Fridays.

## Mock Interview 1: Caching

### Interviewer Script

**Opening (1 minute)**:
"Hi, ready?"

**Question (1 minute)**:
"How does a cache work?"

**Closing (1 minute)**:
"Thanks."
`,
    unused: ['# My mock interviews', 'Practise these with a friend on Fridays.', '### Interviewer Script'],
  },
  {
    shape: 'star-stories',
    text: `# My stories

## Story 1: The outage

Remember to slow down here.

### Short version (30 sec)
We lost a region and kept serving.

### Full version (2-3 min)
**Situation:** a region went down.
**Task:** keep checkout up.
**Action:** failed over by hand.
**Result:** no lost orders.
`,
    unused: ['Remember to slow down here.'],
  },
  {
    shape: 'dialogue',
    text: `# Interview with Anna

Interviewer: Welcome, tell me about yourself.
Candidate: I build payment systems.
Interviewer: What was your hardest bug?
Candidate: A race in the cache.

---

Remember to ask about the team size.

Interviewer: Any questions for us?
Candidate: How big is the team?
`,
    unused: ['Remember to ask about the team size.'],
  },
  {
    shape: 'question-list',
    text: `Questions from the recruiter call, sorted by topic.

1) Why do you want to leave?
Growth, and a product I believe in.
2) What is your notice period?
- three months
`,
    unused: ['Questions from the recruiter call, sorted by topic.'],
  },
  {
    shape: 'predicted-questions',
    text: `# Prep: ACME

## The job
Senior Go engineer, payments team.

## Predicted interview questions

Go
- "How do goroutines differ from threads?" — mention the scheduler
- "When do you use a mutex?"

## Questions to ask them
- "How do you deploy?"
`,
    unused: ['## The job', 'Senior Go engineer, payments team.'],
  },
];

const lineOf = (text: string, line: string): number => text.split('\n').indexOf(line) + 1;

describe('lines the import did not use', () => {
  it.each(documents)('$shape: lists the stray lines with their numbers, and nothing else', (document) => {
    const read = readDocument(document.text);
    expect(read.shape?.name).toBe(document.shape);
    expect(read.result.ok).toBe(true);
    expect(read.unused).toEqual(
      document.unused.map((text) => ({ number: lineOf(document.text, text), text })),
    );
  });

  it("Viva's own format uses every line, and refuses a stray one at its line instead", () => {
    const viva = `---
id: short
title: Short
kind: technical
language: en-US
interviewer: Lead
---

## Opening (1m)

"Hello."

## Question: Caching (5m)

"How does a cache work?"

## Closing (1m)

"Thanks."
`;
    expect(readDocument(viva)).toMatchObject({ shape: { name: 'viva' }, result: { ok: true }, unused: [] });
    const stray = viva.replace('---\n\n## Opening', '---\nA note to myself.\n\n## Opening');
    expect(readDocument(stray)).toMatchObject({
      result: { ok: false, errors: [{ line: 8, message: 'expected "## Opening" after the front matter' }] },
      unused: [],
    });
  });

  it('a line is used when any part of a script came from it, whatever shape reads it', () => {
    // The same notes as a question list: every line is a question or its notes.
    const list = documents.find((d) => d.shape === 'question-list')?.text ?? '';
    const withoutIntro = list.split('\n').slice(2).join('\n');
    expect(readDocument(withoutIntro).unused).toEqual([]);
  });
});
