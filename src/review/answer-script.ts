import { keyTermsOf } from '../analysis/key-terms.ts';
import { recognitionLanguage } from '../transcription/recognition-language.ts';
import { asksForStories, questionChecklist } from '../script/checklist.ts';
import type { Prompt, Script } from '../script/model.ts';
import type { AnswerRecord } from '../store/database.ts';

/**
 * The script's prompt a turn spoke, to reveal its model answer and hints now that it has been answered:
 * by the turn's phase, question and prompt index. Turns recorded before the prompt index was kept find
 * theirs by text among their phase's prompts.
 */
export function promptOf(script: Script, answer: AnswerRecord): Prompt | undefined {
  const { phase, questionIndex, promptIndex, text } = answer.turn;
  if (phase === 'opening') return script.opening;
  if (phase === 'closing') return script.closing;
  const question = questionIndex === undefined ? undefined : script.questions[questionIndex];
  if (question === undefined) return undefined;
  if (phase === 'question') return question.prompt;
  // The interviewer's own "could you go deeper?" is no prompt of the script.
  if (phase === 'probe') return undefined;
  const prompts = phase === 'follow-up' ? question.followUps : question.traps;
  return promptIndex === undefined ? prompts.find((prompt) => prompt.text === text) : prompts[promptIndex];
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

/** The key terms of a prompt's model answer and hints, in its language; none for a prompt with neither. */
export function keyTermsOfPrompt(prompt: Prompt | undefined, languageTag: string): readonly string[] {
  const language = recognitionLanguage(languageTag);
  if (prompt === undefined || language === undefined) return [];
  return keyTermsOf([prompt.modelAnswer ?? '', ...prompt.hints], language);
}
