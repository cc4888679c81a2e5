import { describe, expect, it } from 'vitest';
import { prompt, question, script } from '../library/testing/script-fixture.ts';
import type { Script } from '../script/model.ts';
import { questionRef } from './item.ts';
import { practiceScript, practiceScriptId } from './practice-script.ts';

const english = script('en-script', {
  questions: [
    question('Caching', 'How does a cache work?', { checkpoints: [{ text: 'Explains eviction' }] }),
  ],
});
const german = script('de-script', {
  language: 'de-DE',
  kind: 'behavioral',
  questions: [question('Konflikt', 'Erzählen Sie von einem Konflikt.')],
});
const russianInGerman = script('mixed', {
  language: 'de-DE',
  questions: [question('Go', '', { prompt: { ...prompt('Что такое горутина?', 60), language: 'ru-RU' } })],
});

/** The script's first question, chosen for practice under `scriptKey`. */
function chosenFrom(scriptKey: string, from: Script) {
  const [first] = from.questions;
  if (first === undefined) throw new Error(`${from.id} has no question`);
  return { ref: { scriptKey, title: first.title }, script: from, question: first };
}

const chosen = [
  chosenFrom('builtin/de-script', german),
  chosenFrom('imported/en-script', english),
  chosenFrom('builtin/mixed', russianInGerman),
];

describe('practiceScript', () => {
  const { script: made, practice } = practiceScript(chosen, 'Practice, Friday');

  it('asks each question in its own language, in an English session', () => {
    expect(made.id).toBe(practiceScriptId);
    expect(made.language).toBe('en');
    expect(made.questions.map((one) => [one.title, one.prompt.language])).toEqual([
      ['Konflikt', 'de-DE'],
      ['Caching', 'en-US'],
      ['Go', 'ru-RU'],
    ]);
    expect(made.opening.text).toMatch(/3 questions/);
  });

  it('keeps each question whole: checkpoints, budgets and model answers', () => {
    expect(made.questions[1]?.checkpoints).toEqual([{ text: 'Explains eviction' }]);
    expect(made.questions[1]?.prompt.budget).toEqual(english.questions[0]?.prompt.budget);
  });

  it('remembers where each question comes from, and reads it back by index', () => {
    expect(practice).toEqual(chosen.map(({ ref }) => ref));
    const session = { scriptSource: 'practice' as const, script: made, practice };
    expect(questionRef(session, 2)).toEqual({ scriptKey: 'builtin/mixed', title: 'Go' });
    expect(questionRef(session, 3)).toBeUndefined();
    expect(questionRef({ scriptSource: 'imported', script: english }, 0)).toEqual({
      scriptKey: 'imported/en-script',
      title: 'Caching',
    });
  });

  it('is a behavioural session only when every question is a story', () => {
    expect(made.kind).toBe('technical');
    const drill = practiceScript([chosenFrom('builtin/de-script', german)], 'Drill').script;
    expect(drill.kind).toBe('behavioral');
    expect(drill.opening.text).toMatch(/one question/);
  });
});
