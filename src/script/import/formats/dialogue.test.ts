import { describe, expect, it } from 'vitest';
import { importedAs, onlyScript } from '../../testing/read-shape.ts';

// Someone else's dialogue: plain and bold labels, bullets on some turns, a follow-up marked after the name,
// list items inside a turn, an answer over two paragraphs, an English question in a German interview,
// no "any questions" closing, and a checklist as bullets.
const dialogue = `# Gespräch mit der Teamleiterin

Interviewerin: „Willkommen! Stellen Sie sich bitte kurz vor."
Ich: Ich bin Backend-Entwicklerin mit sechs Jahren Erfahrung.

**Interviewerin:** Wie testen Sie Ihren Code? (3 Minuten)
- Und wie viel davon ist automatisiert?
- Wer schreibt die Tests?

**Ich:** *"Mit Unit-Tests und Integrationstests.*

*Dazu kommen Verträge zwischen den Diensten."*

Interviewerin (Nachfrage): Was war Ihr schwerster Bug?
Ich: Eine Race Condition im Cache.

- Interviewerin: How do you review code in an English-speaking team?
- Ich: Ich schreibe kurze, freundliche Kommentare.

## Checkliste
- Konkrete Beispiele
* Zahlen nennen
`;

describe('interview dialogue with model answers', () => {
  const script = onlyScript(dialogue);
  const [testing, review] = script.questions;

  it('is detected by two speakers taking turns, the interviewer named by role', () => {
    expect(importedAs(dialogue).shape).toBe('dialogue');
    expect(script).toMatchObject({
      title: 'Gespräch mit der Teamleiterin',
      language: 'de-DE',
      interviewer: 'Interviewerin',
    });
  });

  it('opens with the first turn and keeps every answer as the model answer of its question', () => {
    expect(script.opening).toMatchObject({
      text: 'Willkommen! Stellen Sie sich bitte kurz vor.',
      modelAnswer: 'Ich bin Backend-Entwicklerin mit sechs Jahren Erfahrung.',
    });
    expect(testing?.prompt).toMatchObject({
      text: 'Wie testen Sie Ihren Code?',
      budget: { kind: 'limit', seconds: 180 },
    });
    expect(testing?.prompt.modelAnswer).toContain('Mit Unit-Tests und Integrationstests.');
    expect(testing?.prompt.modelAnswer).toContain('Dazu kommen Verträge zwischen den Diensten.');
  });

  it('makes list items in a turn and turns marked as follow-ups the follow-ups of the question before', () => {
    expect(testing?.followUps.map((f) => [f.text, f.modelAnswer])).toEqual([
      ['Und wie viel davon ist automatisiert?', undefined],
      ['Wer schreibt die Tests?', undefined],
      ['Was war Ihr schwerster Bug?', 'Eine Race Condition im Cache.'],
    ]);
  });

  it('speaks an English question in English, and says its own closing when the notes have none', () => {
    expect(review?.prompt).toMatchObject({
      text: 'How do you review code in an English-speaking team?',
      language: 'en-US',
      budget: { kind: 'window', minSeconds: 120, maxSeconds: 180 },
    });
    expect(script.closing.text).toBe('Vielen Dank, das war es von meiner Seite. Haben Sie Fragen an mich?');
    expect(script.candidateQuestions).toEqual([]);
    expect(script.rubric).toEqual(['Konkrete Beispiele', 'Zahlen nennen']);
  });

  it('takes the questions the candidate asks in an "any questions?" closing', () => {
    const script = onlyScript(
      [
        'Interviewer: Tell me about yourself.',
        'Candidate: I build APIs.',
        'Interviewer: Why us?',
        'Candidate: Your scale.',
        'Interviewer: What was your hardest bug?',
        'Candidate: A race.',
        'Interviewer: Do you have any questions for us?',
        'Candidate: Yes. How big is the team? Who decides on the architecture?',
      ].join('\n'),
    );
    expect(script.questions.map((q) => q.title)).toEqual(['Why us', 'What was your hardest bug']);
    expect(script.closing.text).toBe('Do you have any questions for us?');
    expect(script.candidateQuestions).toEqual(['How big is the team?', 'Who decides on the architecture?']);
  });

  it('is not a dialogue when one label repeats without anyone answering', () => {
    expect(() => importedAs('Note: one\nNote: two\nNote: three\nOther: four\n')).toThrow(/expected a script/);
  });
});
