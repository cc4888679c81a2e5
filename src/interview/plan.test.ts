import { describe, expect, it } from 'vitest';
import { prompt, question, script } from '../library/testing/script-fixture.ts';
import { buildPlan, pickQuestions } from './plan.ts';

const five = ['A', 'B', 'C', 'D', 'E'].map((title) => question(title, `Question ${title}?`));

describe('buildPlan', () => {
  it('walks opening, each question with its follow-ups and traps, then closing', () => {
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
      ['follow-up', 1, 'What about eviction?'],
      ['trap', 1, 'Why not just use Redis?'],
      ['question', 2, 'Design a queue.'],
      ['closing', undefined, 'Any questions for me?'],
    ]);
    expect(plan.questionCount).toBe(2);
    expect(plan.budgetSeconds).toBe(60 + 300 + 120 + 90 + 300 + 60);
  });

  it('speaks each prompt in its own language, else the script language', () => {
    const value = script('langs', {
      language: 'ru-RU',
      questions: [
        question('English', 'Tell me about yourself.', { prompt: { ...prompt('Tell me'), language: 'en' } }),
      ],
    });
    expect(buildPlan(value, Math.random).turns.map((t) => t.language)).toEqual(['ru-RU', 'en', 'ru-RU']);
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
    expect(plan.turns[2]?.sections).toEqual([]);
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
