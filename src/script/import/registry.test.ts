import { describe, expect, it } from 'vitest';
import { formatScriptError, readDocument } from '../parse.ts';
import { shapes } from './registry.ts';

const numberedStories = `1) Tell me about a conflict.
Situation: two teams wanted the same slot.
Task: settle it.
Action: a shared calendar.
Result: no more clashes.
2) Tell me about a failure.
3) Tell me about a success.
`;

describe('the registry of document shapes', () => {
  it('names every shape once, each with a label and an example for error messages', () => {
    expect(new Set(shapes.map((s) => s.name)).size).toBe(shapes.length);
    expect(shapes.map((s) => s.name)).toEqual([
      'viva',
      'mock-interviews',
      'star-stories',
      'dialogue',
      'predicted-questions',
      'question-list',
    ]);
  });

  it('reads a document in the surest shape that finds scripts in it', () => {
    // Its STAR labels make it look like stories, but it has no story headings: it is a list of questions.
    const read = readDocument(numberedStories);
    expect(read.shape).toEqual({
      name: 'question-list',
      label: 'Numbered questions with notes',
      interprets: true,
    });
    expect(read.result.ok && read.result.scripts[0]?.questions.map((q) => q.prompt.text)).toEqual([
      'Tell me about a conflict.',
      'Tell me about a failure.',
      'Tell me about a success.',
    ]);
  });

  it('lets the user choose the shape, and says so when it finds nothing or does not exist', () => {
    const dialogue = 'Interviewer: Why?\nMe: Because.\nInterviewer: How?\nMe: Slowly.\n';
    expect(readDocument(dialogue).shape?.name).toBe('dialogue');
    const chosen = readDocument(dialogue, 'question-list');
    expect(!chosen.result.ok && chosen.result.errors.map(formatScriptError)).toEqual([
      'line 1: found nothing to read as Numbered questions with notes — expected numbered questions ("1) …", "2. …") with notes under each',
    ]);
    const unknown = readDocument(numberedStories, 'poem');
    expect(!unknown.result.ok && unknown.result.errors[0]?.message).toMatch(
      /^there is no shape "poem"; expected/,
    );
  });
});
