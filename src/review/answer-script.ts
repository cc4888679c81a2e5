import type { Prompt, Script } from '../script/model.ts';
import type { AnswerRecord } from '../store/database.ts';

/** The script's prompt this turn spoke, to reveal its model answer and hints now that it has been answered. */
export function promptOf(script: Script, answer: AnswerRecord): Prompt | undefined {
  const question =
    answer.turn.questionIndex === undefined ? undefined : script.questions[answer.turn.questionIndex];
  const candidates = [
    script.opening,
    script.closing,
    ...(question ? [question.prompt, ...question.followUps, ...question.traps] : []),
  ];
  return candidates.find((prompt) => prompt.text === answer.turn.text);
}

/** The checklist of a main question: its expected-response checkpoints and its rubric. */
export function checklistOf(script: Script, answer: AnswerRecord): readonly string[] {
  if (answer.turn.phase !== 'question' || answer.turn.questionIndex === undefined) return [];
  const question = script.questions[answer.turn.questionIndex];
  return question ? [...question.checkpoints.map((c) => c.text), ...question.rubric] : [];
}
