import { describe, expect, it } from 'vitest';
import { importedAs, onlyScript } from '../../testing/read-shape.ts';

// Someone else's list: numbering in four styles with a gap, bullets in three styles, a question wrapped
// over two lines, questions in English inside a German list, a budget on one question, a question
// without notes, a line introducing the next group, and a rule.
const list = `Fragen für das Telefoninterview

1. erzählen Sie etwas über sich (2 Minuten)
 - Werdegang
 * aktuelle Rolle
 • warum jetzt wechseln

2) Warum wollen Sie bei uns arbeiten?
Weil mich das Produkt überzeugt und das Team klein ist.

Q3: How do you handle a production incident
at three in the morning?
Hint: they want to hear about calm triage and a postmortem.

Zu Gehältern:
5 . Was sind Ihre Gehaltsvorstellungen?
------
7) What is your notice period?
`;

describe('numbered questions with notes', () => {
  const script = onlyScript(list);
  const [about, why, incident, salary, notice] = script.questions;

  it('is detected by its numbered questions, whatever the numbering style, and becomes a screening', () => {
    expect(importedAs(list).shape).toBe('question-list');
    expect(script).toMatchObject({ kind: 'screening', language: 'de-DE', title: 'Interviewfragen' });
    expect(script.questions).toHaveLength(5);
    expect(script.pool).toBeUndefined();
  });

  it('reads the question as the interviewer says it, with its budget, bullets of any style as hints', () => {
    expect(about?.prompt).toMatchObject({
      text: 'Erzählen Sie etwas über sich',
      budget: { kind: 'limit', seconds: 120 },
      hints: ['Werdegang', 'aktuelle Rolle', 'warum jetzt wechseln'],
    });
    expect(why?.prompt).toMatchObject({
      budget: { kind: 'window', minSeconds: 60, maxSeconds: 120 },
      modelAnswer: 'Weil mich das Produkt überzeugt und das Team klein ist.',
    });
  });

  it('joins a question wrapped over two lines and speaks an English question in English', () => {
    expect(incident?.prompt).toMatchObject({
      text: 'How do you handle a production incident at three in the morning?',
      language: 'en-US',
      hints: ['Hint: they want to hear about calm triage and a postmortem.'],
    });
    expect(incident?.prompt.modelAnswer).toBeUndefined();
    expect(salary?.prompt.text).toBe('Was sind Ihre Gehaltsvorstellungen?');
    expect(notice?.prompt).toMatchObject({ text: 'What is your notice period?', language: 'en-US' });
  });

  it('draws eight at random from a longer list', () => {
    const long = Array.from({ length: 12 }, (_, i) => `${i + 1}) Question number ${i + 1}?`).join('\n');
    expect(onlyScript(long).pool).toEqual({ ask: 8, order: 'shuffled' });
  });

  it('reports a budget it cannot read at its line', () => {
    expect(() => importedAs('1) One? (2 minuts)\n2) Two?\n3) Three?\n')).toThrow(
      'line 1: unknown duration "2 minuts"',
    );
  });
});
