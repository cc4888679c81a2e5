import { describe, expect, it } from 'vitest';
import { readDocument } from '../script/parse.ts';
import type { Script } from '../script/model.ts';
import { spokenLanguage, withPromptLanguage } from './prompt-languages.ts';

function scriptOf(text: string): Script {
  const { result } = readDocument(text);
  const [script] = result.ok ? result.scripts : [];
  if (!script) throw new Error('the notes do not import');
  return script;
}

// A Russian list with one English question; "Ok?" is too short to tell and is taken as the list's language.
const list = scriptOf(`1) Расскажите о себе.
2) How do you handle conflict?
3) Ok?
4) Почему вы ищете работу?
`);

const languages = (script: Script) => script.questions.map((q) => spokenLanguage(script, q.prompt));

describe('correcting the language of a prompt', () => {
  it('sets a language of its own on a prompt that differs from the script', () => {
    expect(languages(list)).toEqual(['ru-RU', 'en-US', 'ru-RU', 'ru-RU']);
    const corrected = withPromptLanguage(list, { question: 2 }, 'en-US');
    expect(languages(corrected)).toEqual(['ru-RU', 'en-US', 'en-US', 'ru-RU']);
    expect(corrected.questions[2]?.prompt.language).toBe('en-US');
    // The others are left as they were.
    expect(corrected.questions[0]).toBe(list.questions[0]);
  });

  it("drops it where the correction is the script's language, as the model stores prompts", () => {
    const corrected = withPromptLanguage(list, { question: 1 }, 'ru-RU');
    expect(corrected.questions[1]?.prompt).not.toHaveProperty('language');
    expect(languages(corrected)).toEqual(['ru-RU', 'ru-RU', 'ru-RU', 'ru-RU']);
  });

  it("corrects the opening and the closing, and a question's follow-ups with it", () => {
    const stories = scriptOf(`## Story 1: The outage

Best for:
- "Tell me about a crisis"

### Short version (30 sec)
We failed over by hand.

### Full version (2-3 min)
**Situation:** a region went down.
**Task:** keep checkout up.
**Action:** failed over.
**Result:** no lost orders.
`);
    const german = withPromptLanguage(
      withPromptLanguage(withPromptLanguage(stories, 'opening', 'de-DE'), 'closing', 'de-DE'),
      { question: 0 },
      'de-DE',
    );
    expect(german.opening.language).toBe('de-DE');
    expect(german.closing.language).toBe('de-DE');
    const [story] = german.questions;
    expect(story?.followUps.length).toBeGreaterThan(0);
    expect([story?.prompt, ...(story?.followUps ?? [])].map((p) => p?.language)).toEqual(
      [story?.prompt, ...(story?.followUps ?? [])].map(() => 'de-DE'),
    );
  });
});
