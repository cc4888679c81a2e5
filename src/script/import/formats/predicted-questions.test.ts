import { describe, expect, it } from 'vitest';
import { importedAs } from '../../testing/read-shape.ts';

// Someone else's prep: areas as sub-headings and as lines with a colon, questions quoted or not, a note
// after a dash, notes indented under a question, a German question among English ones, an area with no
// questions, and questions to ask in groups.
const prep = `# Preparation for: Acme Payments

## About the company
- Founded 2015

## Likely interview questions

### Go
- "How do goroutines differ from threads?" — mention the scheduler
- Explain context cancellation (3 min)
  - deadlines
  - values, sparingly

Payments & consistency:
* “How do you make a payment idempotent?”
* Wie gehen Sie mit doppelten Buchungen um?

Soft skills (prepare stories):

## Questions to ask them
Team
- "How is on-call organised?"
Product
- What are the next big bets?
`;

describe('predicted questions by area', () => {
  const { shape, scripts } = importedAs(prep);
  const [go, payments] = scripts;

  it('is detected by its predicted-questions heading and gives one script per area with questions', () => {
    expect(shape).toBe('predicted-questions');
    expect(scripts.map((s) => [s.title, s.questions.length])).toEqual([
      ['Acme Payments — Go', 2],
      ['Acme Payments — Payments & consistency', 2],
    ]);
  });

  it('asks the quoted words, with the note after them and the notes below as hints', () => {
    expect(go?.questions.map((q) => q.prompt)).toEqual([
      {
        text: 'How do goroutines differ from threads?',
        budget: { kind: 'window', minSeconds: 120, maxSeconds: 180 },
        hints: ['mention the scheduler'],
      },
      {
        text: 'Explain context cancellation',
        budget: { kind: 'limit', seconds: 180 },
        hints: ['deadlines', 'values, sparingly'],
      },
    ]);
  });

  it('speaks a German question in German inside an English area', () => {
    expect(payments?.language).toBe('en-US');
    expect(payments?.questions[1]?.prompt).toMatchObject({
      text: 'Wie gehen Sie mit doppelten Buchungen um?',
      language: 'de-DE',
    });
  });

  it('offers the questions to ask them in every closing', () => {
    for (const script of scripts) {
      expect(script.candidateQuestions).toEqual(['How is on-call organised?', 'What are the next big bets?']);
    }
  });

  it('reads a plain list of predicted questions without areas, and no questions to ask', () => {
    const { scripts } = importedAs('## Expected questions\n\n1. Why Go?\n2. Why us?\n');
    expect(
      scripts.map((s) => [s.title, s.questions.map((q) => q.prompt.text), s.candidateQuestions]),
    ).toEqual([['Expected questions — Expected questions', ['Why Go?', 'Why us?'], []]]);
  });
});
