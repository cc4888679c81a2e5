import { describe, expect, it } from 'vitest';
import { buildPlan } from '../interview/plan.ts';
import { prompt, question, script } from '../library/testing/script-fixture.ts';
import type { AnswerRecord } from '../store/database.ts';
import { newAnswer, turn } from '../store/testing/interview-fixture.ts';
import { checklistOf, promptOf, tellsStory } from './answer-script.ts';

const same = 'Why?';
const interview = script('probe', {
  kind: 'behavioral',
  questions: [
    question('Conflict', 'Tell me about a conflict.', {
      checkpoints: [{ text: 'Result' }],
      rubric: ['Ownership'],
      // Two follow-ups that read the same but expect different things.
      followUps: [
        { ...prompt(same), hints: ['the cause'] },
        { ...prompt(same), hints: ['the choice'] },
      ],
    }),
  ],
});

function answered(turnIndex: number, overrides = {}): AnswerRecord {
  const planned = buildPlan(interview, () => 0).turns[turnIndex];
  return {
    id: `a${String(turnIndex)}`,
    ...newAnswer('s1', turnIndex, { turn: { ...turn(''), ...planned, ...overrides } }),
  };
}

describe('an answer’s place in its script', () => {
  it('finds each turn’s own prompt, even two follow-ups with one text', () => {
    expect(promptOf(interview, answered(0))).toBe(interview.opening);
    expect(promptOf(interview, answered(1))).toBe(interview.questions[0]?.prompt);
    // The probe after the question is the interviewer's own line, no prompt of the script.
    expect(promptOf(interview, answered(2))).toBeUndefined();
    expect(promptOf(interview, answered(3))?.hints).toEqual(['the cause']);
    expect(promptOf(interview, answered(4))?.hints).toEqual(['the choice']);
    expect(promptOf(interview, answered(5))).toBe(interview.closing);
  });

  it('finds the prompt of a turn recorded before prompt indexes by its text', () => {
    const old = answered(4);
    const turnWithoutIndex = { ...old.turn };
    delete turnWithoutIndex.promptIndex;
    expect(promptOf(interview, { ...old, turn: turnWithoutIndex })?.hints).toEqual(['the cause']);
  });

  it('gives a main question its checklist and, in a behavioural interview, a story to tell', () => {
    expect(checklistOf(interview, answered(1))).toEqual(['Result', 'Ownership']);
    expect(tellsStory(interview, answered(1))).toBe(true);
    expect(checklistOf(interview, answered(2))).toEqual([]);
    expect(tellsStory(interview, answered(2))).toBe(false);
  });
});
