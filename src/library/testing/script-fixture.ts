// Scripts for unit tests: a complete, valid Script with only what a test cares about changed.
import type { Prompt, Question, Script } from '../../script/model.ts';
import { entryKey, type LibraryEntry, type ScriptSource } from '../entry.ts';
import { searchableText } from '../filter.ts';
import { overviewOf } from '../overview.ts';

export function prompt(text: string, seconds = 60): Prompt {
  return { text, budget: { kind: 'limit', seconds }, hints: [] };
}

export function question(title: string, text: string, overrides: Partial<Question> = {}): Question {
  return {
    title,
    prompt: prompt(text, 300),
    checkpoints: [],
    followUps: [],
    traps: [],
    rubric: [],
    ...overrides,
  };
}

export function script(id: string, overrides: Partial<Script> = {}): Script {
  return {
    id,
    title: `Script ${id}`,
    kind: 'technical',
    language: 'en-US',
    interviewer: 'Engineering manager',
    opening: prompt('Hello, thanks for coming.'),
    questions: [question('First', 'Tell me about a system you built.')],
    closing: prompt('Any questions for me?'),
    candidateQuestions: [],
    rubric: [],
    ...overrides,
  };
}

/** A library entry for a script, ready to search. */
export function entry(value: Script, source: ScriptSource = 'builtin'): LibraryEntry {
  return {
    key: entryKey(source, value.id),
    source,
    overview: overviewOf(value),
    searchText: searchableText(value),
  };
}
