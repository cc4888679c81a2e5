import { describe, expect, it } from 'vitest';
import { prompt, question, script } from '../library/testing/script-fixture.ts';
import { buildPlan, pickQuestions } from './plan.ts';

const five = ['A', 'B', 'C', 'D', 'E'].map((title) => question(title, `Question ${title}?`));

describe('buildPlan', () => {
  it('walks opening, each question with its probe, follow-ups and traps, then closing', () => {
    const value = script('walk', {
      questions: [
        question('Cache', 'Design a cache.', {
          followUps: [prompt('What about eviction?', 120)],
          traps: [prompt('Why not just use Redis?', 90)],
        }),
        question('Queue', 'Design a queue.'),
      ],
    });
    const plan = buildPlan(value, Math.random);
    expect(plan.turns.map((t) => [t.phase, t.questionNumber, t.text])).toEqual([
      ['opening', undefined, 'Hello, thanks for coming.'],
      ['question', 1, 'Design a cache.'],
      ['probe', 1, 'Could you go deeper on that?'],
      ['follow-up', 1, 'What about eviction?'],
      ['trap', 1, 'Why not just use Redis?'],
      ['question', 2, 'Design a queue.'],
      ['probe', 2, 'Could you go deeper on that?'],
      ['closing', undefined, 'Any questions for me?'],
    ]);
    expect(plan.questionCount).toBe(2);
    // A probe follows only an answer that left more than its minute unused: the plan's length leaves it out.
    expect(plan.budgetSeconds).toBe(60 + 300 + 120 + 90 + 300 + 60);
  });

  it("speaks each prompt in its own language, else the script language; a probe in its question's", () => {
    const value = script('langs', {
      language: 'ru-RU',
      questions: [
        question('English', 'Tell me about yourself.', { prompt: { ...prompt('Tell me'), language: 'en' } }),
        question('Russian', 'Расскажите о себе.'),
      ],
    });
    expect(buildPlan(value, Math.random).turns.map((t) => [t.phase, t.language, t.text])).toEqual([
      ['opening', 'ru-RU', 'Hello, thanks for coming.'],
      ['question', 'en', 'Tell me'],
      ['probe', 'en', 'Could you go deeper on that?'],
      ['question', 'ru-RU', 'Расскажите о себе.'],
      ['probe', 'ru-RU', 'Можете рассказать об этом подробнее?'],
      ['closing', 'ru-RU', 'Any questions for me?'],
    ]);
  });

  it('makes timed sections only when every checkpoint has minutes', () => {
    const timed = question('Design', 'Design it.', {
      checkpoints: [
        { text: 'Clarify', seconds: 300 },
        { text: 'Diagram', seconds: 600 },
      ],
    });
    const partly = question('Partly', 'Explain.', {
      checkpoints: [{ text: 'Clarify', seconds: 300 }, { text: 'Rest' }],
    });
    const plan = buildPlan(script('s', { questions: [timed, partly] }), Math.random);
    expect(plan.turns[1]?.sections).toEqual([
      { title: 'Clarify', seconds: 300 },
      { title: 'Diagram', seconds: 600 },
    ]);
    expect(plan.turns[3]?.sections).toEqual([]);
  });

  it('uses the script duration as the interview budget when it states one', () => {
    expect(buildPlan(script('d', { durationSeconds: 2700 }), Math.random).budgetSeconds).toBe(2700);
  });
});

describe('pickQuestions', () => {
  it('asks the first N of a pool in order', () => {
    expect(
      pickQuestions(script('p', { questions: five, pool: { ask: 3, order: 'in order' } }), Math.random),
    ).toEqual([0, 1, 2]);
  });

  it('draws N distinct questions of a shuffled pool, depending on the random source', () => {
    const pool = script('p', { questions: five, pool: { ask: 3, order: 'shuffled' } });
    const low = pickQuestions(pool, () => 0);
    const high = pickQuestions(pool, () => 0.999);
    for (const picked of [low, high]) {
      expect(picked).toHaveLength(3);
      expect(new Set(picked).size).toBe(3);
    }
    expect(low).not.toEqual(high);
  });

  it('asks every question when the pool is larger than the script', () => {
    expect(
      pickQuestions(script('p', { questions: five, pool: { ask: 9, order: 'shuffled' } }), () => 0.5),
    ).toHaveLength(5);
  });
});
