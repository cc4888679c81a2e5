/**
 * Prompts and checkpoints out of a line's text: what every shape does once it knows that a line is
 * something the interviewer says or something the answer should cover.
 */
import type { PromptDraft } from '../draft.ts';
import { closeOpenFence } from './blocks.ts';
import type { Budget, Checkpoint } from '../model.ts';
import type { ErrorLog } from './lines.ts';
import { languageApart } from './language.ts';
import { oneLine, stripQuotes, takeLanguageTag, takeTrailingBudget, takeTrailingParen } from './text.ts';

/** Answer budgets where a script gives none (documented in content/README.md). */
export const defaultBudgets = {
  opening: { kind: 'limit', seconds: 60 },
  question: { kind: 'limit', seconds: 300 },
  followUp: { kind: 'limit', seconds: 120 },
  closing: { kind: 'limit', seconds: 60 },
} as const satisfies Record<string, Budget>;

/** A prompt from a list item's text: trailing budget, then language tag, then quotes. */
export function promptFromItem(
  text: string,
  line: number,
  fallback: Budget,
  log: ErrorLog,
  extras: { hints: string[]; modelAnswer: string } = { hints: [], modelAnswer: '' },
): PromptDraft {
  const split = takeTrailingBudget(text, line, log);
  const tagged = takeLanguageTag(stripQuotes(split.text));
  return {
    text: stripQuotes(tagged.text),
    ...(tagged.language ? { language: tagged.language } : {}),
    budget: split.budget ?? fallback,
    hints: extras.hints,
    ...(extras.modelAnswer ? { modelAnswer: extras.modelAnswer } : {}),
  };
}

const probesLink = /^probes\s*:/iu;

/**
 * Splits a follow-up's trailing link to the checkpoints it probes, "(probes: 2)" or "(probes: 1, 3)", numbered
 * from 1 as the checkpoints are listed; the result counts from 0, as the Script does.
 */
export function takeProbes(
  text: string,
  line: number,
  log: ErrorLog,
): { readonly text: string; readonly probes?: number[] } {
  const split = takeTrailingParen(text, (inner) => probesLink.test(inner));
  if (split.attributes === undefined) return { text: split.text };
  const numbers = split.attributes
    .replace(probesLink, '')
    .split(',')
    .map((part) => part.trim());
  if (numbers.some((part) => !/^[1-9]\d*$/u.test(part))) {
    log.add(
      line,
      'write the checkpoints a follow-up probes by their numbers, like (probes: 2) or (probes: 1, 3)',
    );
    return { text: split.text };
  }
  return { text: split.text, probes: [...new Set(numbers.map((part) => Number(part) - 1))] };
}

/** A checkpoint from a list item's text (a `[ ]` checkbox dropped), with minutes when "(5m)" gives them. */
export function checkpointFromItem(text: string, line: number, log: ErrorLog): Checkpoint {
  const split = takeTrailingBudget(text.replace(/^\[[ xX]?\]\s*/, ''), line, log);
  if (split.budget?.kind === 'window')
    log.add(line, "a checkpoint's time is one value like 5m, not a window");
  const seconds = split.budget?.kind === 'limit' ? { seconds: split.budget.seconds } : {};
  return { text: stripQuotes(split.text), ...seconds };
}

/** A question's answer budget where it states none: its checkpoints' minutes when all have some. */
export function answerBudgetFrom(checkpoints: readonly Checkpoint[]): Budget {
  const seconds = checkpoints.reduce((sum, c) => sum + (c.seconds ?? Number.NaN), 0);
  return seconds > 0 ? { kind: 'limit', seconds } : defaultBudgets.question;
}

/** A spoken answer's window where notes give no time: long enough for a story, short enough to stay one. */
export const spokenAnswerWindow: Budget = { kind: 'window', minSeconds: 120, maxSeconds: 180 };

/** A prompt from notes: its language detected, kept only where it differs from the script's. */
export function spokenPrompt(
  text: string,
  scriptLanguage: string,
  budget: Budget,
  extras: { readonly hints?: readonly string[]; readonly modelAnswer?: string } = {},
): PromptDraft {
  const tagged = takeLanguageTag(stripQuotes(text));
  const language = tagged.language
    ? { language: tagged.language }
    : languageApart(tagged.text, scriptLanguage);
  return {
    text: stripQuotes(tagged.text),
    ...language,
    budget,
    hints: (extras.hints ?? []).map(oneLine),
    ...(extras.modelAnswer ? { modelAnswer: closeOpenFence(extras.modelAnswer) } : {}),
  };
}
