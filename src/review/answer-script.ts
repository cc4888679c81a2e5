import { asksForStories, questionChecklist } from '../script/checklist.ts';
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

/** Whether an answer should tell a STAR story: a main question of a behavioural interview. */
export function tellsStory(script: Script, answer: AnswerRecord): boolean {
  return asksForStories(script) && answer.turn.phase === 'question';
}

/** The checklist of an answer: its question's, for a main question's answer; none for other turns. */
export function checklistOf(script: Script, answer: AnswerRecord): readonly string[] {
  if (answer.turn.phase !== 'question' || answer.turn.questionIndex === undefined) return [];
  const question = script.questions[answer.turn.questionIndex];
  return question ? questionChecklist(question) : [];
}
