import { describe, expect, it } from 'vitest';
import { readDocument } from '../script/parse.ts';
import { blankScriptMarkdown, copyMarkdown, copyName, freeId, takenIds } from './script-copy.ts';
import { entry, script } from './testing/script-fixture.ts';

const readBack = (text: string) => {
  const { result } = readDocument(text, 'viva');
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return result.scripts;
};

describe('freeId', () => {
  it('keeps a free id and numbers a taken one from 2, skipping those taken too', () => {
    expect(freeId('notes', new Set())).toBe('notes');
    expect(freeId('notes', new Set(['notes']))).toBe('notes-2');
    expect(freeId('notes', new Set(['notes', 'notes-2', 'notes-3']))).toBe('notes-4');
  });
});

describe('copyName', () => {
  it('names the first copy "(copy)" and later ones "(copy N)", with ids no script has', () => {
    const original = { id: 'cap-theorem', title: 'CAP theorem' };
    expect(copyName(original, new Set(['cap-theorem']))).toEqual({
      id: 'cap-theorem-copy',
      title: 'CAP theorem (copy)',
    });
    expect(copyName(original, new Set(['cap-theorem', 'cap-theorem-copy']))).toEqual({
      id: 'cap-theorem-copy-2',
      title: 'CAP theorem (copy 2)',
    });
  });

  it('takes the ids of built-in and imported scripts alike', () => {
    const library = [entry(script('a')), entry(script('a-copy'), 'imported')];
    expect(copyName({ id: 'a', title: 'A' }, takenIds(library)).id).toBe('a-copy-2');
  });
});

describe('copyMarkdown', () => {
  it('is the whole script in Viva’s format under the copy’s id and title', () => {
    const original = script('loops', {
      title: 'Loops',
      description: 'Every kind of loop.',
      candidateQuestions: ['What is the team like?'],
    });
    const [copy] = readBack(copyMarkdown(original, new Set(['loops'])));
    expect(copy).toEqual({ ...original, id: 'loops-copy', title: 'Loops (copy)' });
  });
});

describe('blankScriptMarkdown', () => {
  it('is a valid script of one question with an id no script has', () => {
    const [blank] = readBack(blankScriptMarkdown(new Set(['my-script'])));
    expect(blank?.id).toBe('my-script-2');
    expect(blank?.questions).toHaveLength(1);
  });
});
