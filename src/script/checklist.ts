import type { Question, Script } from './model.ts';

/** What an answer to a question is checked against: its expected-response checkpoints, then its rubric. */
export function questionChecklist(question: Question): readonly string[] {
  return [...question.checkpoints.map((checkpoint) => checkpoint.text), ...question.rubric];
}

/** Whether the answers to a script's main questions should tell a STAR story: a behavioural interview's. */
export function asksForStories(script: Script): boolean {
  return script.kind === 'behavioral';
}
