import type { Prompt, Question, Script } from '../script/model.ts';
import type { PracticeItemRef } from './item.ts';

/** A question of the library chosen for today's practice. */
export interface ChosenQuestion {
  readonly ref: PracticeItemRef;
  readonly script: Script;
  readonly question: Question;
}

/** The id every practice session's script has: it is made for the day, not kept in the library. */
export const practiceScriptId = 'practice';

/** A practice session: the script the interviewer runs, and where each of its questions comes from. */
export interface PracticeSession {
  readonly script: Script;
  readonly practice: readonly PracticeItemRef[];
}

const practiceLanguage = 'en';

/**
 * Today's questions as one script the interview runs like any other. Each question keeps its prompts, follow-ups,
 * traps, checkpoints and budgets; every prompt keeps its own language (a German question is asked by a German
 * voice in the middle of an English session). The opening and closing are short and English.
 */
export function practiceScript(chosen: readonly ChosenQuestion[], title: string): PracticeSession {
  const questions = chosen.map(({ script, question }) => {
    const inLanguage = (prompt: Prompt): Prompt => withLanguage(prompt, prompt.language ?? script.language);
    return {
      ...question,
      prompt: inLanguage(question.prompt),
      followUps: question.followUps.map(inLanguage),
      traps: question.traps.map(inLanguage),
    };
  });
  const count = chosen.length === 1 ? 'one question' : `${String(chosen.length)} questions`;
  return {
    script: {
      id: practiceScriptId,
      title,
      // Story analysis (STAR) applies when every question is a behavioural one.
      kind:
        chosen.length > 0 && chosen.every(({ script }) => script.kind === 'behavioral')
          ? 'behavioral'
          : 'technical',
      language: practiceLanguage,
      interviewer: 'Practice coach',
      opening: spoken(`Today's practice: ${count}. Take a breath, then say ready.`, 15),
      questions,
      closing: spoken("That's today's practice. Say one thing you will do differently next time.", 30),
      candidateQuestions: [],
      rubric: [],
    },
    practice: chosen.map(({ ref }) => ref),
  };
}

function withLanguage({ text, budget, hints, modelAnswer }: Prompt, language: string): Prompt {
  return {
    text,
    budget,
    hints,
    ...(modelAnswer === undefined ? {} : { modelAnswer }),
    ...(language === practiceLanguage ? {} : { language }),
  };
}

function spoken(text: string, seconds: number): Prompt {
  return { text, budget: { kind: 'limit', seconds }, hints: [] };
}
