// The README shows each shape of notes with a short example: each must import, as the shape it shows.
import { describe, expect, it } from 'vitest';
import { importedAs } from '../testing/read-shape.ts';

import readme from '../../../README.md?raw';

// The section runs to the next one; its examples have "## " headings of their own.
const section = readme.split('## Importing your own notes')[1]?.split('## The scripts that ship')[0] ?? '';
const examples = [...section.matchAll(/```(?:markdown|text)\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

describe("the README's examples of notes", () => {
  it('show each shape of notes, in order', () => {
    expect(examples.map((example) => importedAs(example).shape)).toEqual([
      'star-stories',
      'dialogue',
      'question-list',
      'predicted-questions',
    ]);
  });

  it('speak each prompt in its own language', () => {
    const [, , list] = examples;
    const [script] = importedAs(list ?? '').scripts;
    expect(script?.questions.map((q) => [q.prompt.text, q.prompt.language])).toEqual([
      ['Расскажите о себе', undefined],
      ['How do you resolve conflict within your team?', 'en-US'],
      ['Почему вы ищете новую работу?', undefined],
    ]);
  });
});
