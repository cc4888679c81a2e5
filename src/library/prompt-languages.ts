/**
 * Correcting the language a prompt is spoken in, at the preview of an import: notes mix languages and
 * detection can be wrong on a short or mixed line. A prompt stores its language only where it differs from
 * the script's (the model's rule), so a correction either sets it or drops it.
 */
import type { Prompt, Script } from '../script/model.ts';

/** A prompt of a script that has a language of its own to correct: the opening, a question, the closing. */
export type PromptPlace = 'opening' | 'closing' | { readonly question: number };

/** The language a prompt is spoken in: its own, or the script's. */
export const spokenLanguage = (script: Script, prompt: Prompt): string => prompt.language ?? script.language;

/** The prompt in `language`, stored the way the model stores it for a script in `scriptLanguage`. */
function inLanguage(prompt: Prompt, language: string, scriptLanguage: string): Prompt {
  const corrected: { -readonly [K in keyof Prompt]: Prompt[K] } = { ...prompt };
  if (language === scriptLanguage) delete corrected.language;
  else corrected.language = language;
  return corrected;
}

/**
 * The script with the prompt at `place` spoken in `language`. A question is asked in one language, so its
 * follow-ups and traps follow its prompt.
 */
export function withPromptLanguage(script: Script, place: PromptPlace, language: string): Script {
  const speak = (prompt: Prompt) => inLanguage(prompt, language, script.language);
  if (place === 'opening') return { ...script, opening: speak(script.opening) };
  if (place === 'closing') return { ...script, closing: speak(script.closing) };
  return {
    ...script,
    questions: script.questions.map((question, index) =>
      index === place.question
        ? {
            ...question,
            prompt: speak(question.prompt),
            followUps: question.followUps.map(speak),
            traps: question.traps.map(speak),
          }
        : question,
    ),
  };
}
