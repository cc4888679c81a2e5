import type { Prompt, Question, Script } from '../script/model.ts';
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

/** What an answer to a question is checked against: its expected-response checkpoints, then its rubric. */
export function questionChecklist(question: Question): readonly string[] {
  return [...question.checkpoints.map((checkpoint) => checkpoint.text), ...question.rubric];
}

/** Whether an answer should tell a STAR story: a main question of a behavioural interview. */
export function tellsStory(script: Script, answer: AnswerRecord): boolean {
  return script.kind === 'behavioral' && answer.turn.phase === 'question';
}

/** The checklist of an answer: its question's, for a main question's answer; none for other turns. */
export function checklistOf(script: Script, answer: AnswerRecord): readonly string[] {
  if (answer.turn.phase !== 'question' || answer.turn.questionIndex === undefined) return [];
  const question = script.questions[answer.turn.questionIndex];
  return question ? questionChecklist(question) : [];
}
