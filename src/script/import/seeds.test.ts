// What each of the user's own preparation documents gives when imported directly, against the scripts
// converted from it by hand in content/.
import { describe, expect, it } from 'vitest';
import type { Script } from '../model.ts';
import { importedAs, onlyScript } from '../testing/read-shape.ts';
import { readDocument } from '../parse.ts';
import { summarizeScript } from '../summary.ts';

import seed000 from '../../../tests/fixtures/seed-000-dialogue-de.txt?raw';
import seed001 from '../../../tests/fixtures/seed-001-star-stories.txt?raw';
import seed002 from '../../../tests/fixtures/seed-002-question-list-ru.txt?raw';
import seed003 from '../../../tests/fixtures/seed-003-predicted-questions.txt?raw';
import seed004 from '../../../tests/fixtures/seed-004-mock-interviews.md?raw';
import techLeadDe from '../../../content/tech-lead-de.md?raw';
import starStories from '../../../content/star-stories.md?raw';
import screeningRu from '../../../content/screening-ru.md?raw';
import seniorGo from '../../../content/senior-go-about-you.md?raw';

const figures = (scripts: readonly Script[]) => {
  const each = scripts.map(summarizeScript);
  return {
    questions: each.reduce((sum, f) => sum + f.questions, 0),
    followUps: each.reduce((sum, f) => sum + f.followUps, 0),
  };
};
const modelAnswers = (script: Script) => script.questions.filter((q) => q.prompt.modelAnswer).length;

describe('the seeds imported directly, against their hand-converted scripts', () => {
  it('seed 000 (German dialogue): the same opening, four questions with model answers, closing and rubric', () => {
    const { shape, scripts } = importedAs(seed000);
    const [script] = scripts;
    const converted = onlyScript(techLeadDe);
    expect(shape).toBe('dialogue');
    expect(script).toMatchObject({ language: 'de-DE', interviewer: 'Tech-Lead' });
    expect(script?.opening.text).toBe(converted.opening.text);
    expect(script?.questions.map((q) => q.prompt.text)).toEqual(
      converted.questions.map((q) => q.prompt.text),
    );
    expect(script && modelAnswers(script)).toBe(4);
    expect(script?.closing.text).toBe(converted.closing.text);
    expect(script?.rubric).toHaveLength(converted.rubric.length);
    // By hand the first of the three questions to ask was cut out of a sentence; imported, only the two
    // sentences that are questions are.
    expect(script?.candidateQuestions).toEqual(converted.candidateQuestions.slice(1));
  });

  it('seed 001 (STAR stories): fifteen stories and every follow-up, drawn three at a time', () => {
    const script = onlyScript(seed001);
    const converted = onlyScript(starStories);
    expect(importedAs(seed001).shape).toBe('star-stories');
    expect(figures([script])).toEqual(figures([converted]));
    expect(script.pool).toEqual(converted.pool);
    expect(script.questions.map((q) => q.title)).toEqual(converted.questions.map((q) => q.title));
    expect(script.questions.map((q) => q.prompt.text)).toEqual(
      converted.questions.map((q) => q.prompt.text.replace(/\.$/, '')),
    );
    expect(script.questions[0]?.followUps[0]?.budget).toEqual({
      kind: 'window',
      minSeconds: 120,
      maxSeconds: 180,
    });
    expect(script.questions[0]?.followUps[1]?.budget).toEqual({
      kind: 'window',
      minSeconds: 30,
      maxSeconds: 60,
    });
  });

  it('seed 002 (Russian list): 23 questions, the same four spoken in English', () => {
    const script = onlyScript(seed002);
    const converted = onlyScript(screeningRu);
    expect(importedAs(seed002).shape).toBe('question-list');
    expect(script.questions).toHaveLength(converted.questions.length);
    const english = (s: Script) =>
      s.questions.flatMap((q, i) => (q.prompt.language?.startsWith('en') ? [i] : []));
    expect(english(script)).toEqual(english(converted));
    expect(script.language).toBe('ru-RU');
    expect(script.pool).toEqual(converted.pool);
  });

  it('seed 003 (predicted questions): the same 19 questions, one script per area, questions to ask in each', () => {
    const { shape, scripts } = importedAs(seed003);
    const converted = onlyScript(seniorGo);
    expect(shape).toBe('predicted-questions');
    expect(scripts).toHaveLength(6);
    // By hand, some questions were reworded to be read aloud ("SLOs/SLIs" → "SLOs and SLIs"); imported,
    // each is the document's own words, in the same order.
    const imported = scripts.flatMap((s) => s.questions);
    expect(imported).toHaveLength(converted.questions.length);
    expect(imported.map((q) => q.prompt.text.slice(0, 4))).toEqual(
      converted.questions.map((q) => q.prompt.text.slice(0, 4)),
    );
    expect(scripts.map((s) => s.title.replace(/^.* — /, ''))).toEqual([
      'Go & gRPC',
      'Backend & System Design',
      'Databases & Caching',
      'Cloud/DevOps & Observability',
      'Behavioral / Leadership',
      "Questions likely to probe Juan's gaps",
    ]);
    for (const script of scripts) expect(script.candidateQuestions).toHaveLength(13);
  });

  it('leaves unused only what is around the questions, as the preview lists it', () => {
    const unused = (text: string) => readDocument(text).unused;
    expect([seed000, seed001, seed002, seed003, seed004].map((seed) => unused(seed).length)).toEqual([
      7, 31, 2, 145, 87,
    ]);
    // Seed 002's lines that introduce a group of questions are no question and no note of one.
    expect(unused(seed002).map((line) => line.text.trim())).toEqual([
      'Следующие 4 вопроса об одном: как ты будешь себя вести под давлением:',
      'Остальные вопросы:',
    ]);
    // Seed 001's table matching questions to stories is left over, row by row, its border line not.
    expect(unused(seed001).filter((line) => line.text.startsWith('|'))).toHaveLength(9);
  });
});
