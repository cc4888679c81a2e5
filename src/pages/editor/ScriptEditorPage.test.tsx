import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { entry, script } from '../../library/testing/script-fixture.ts';
import { db } from '../../store/db.ts';
import { listImportedScripts, saveImportedScripts } from '../../store/imported-scripts.ts';
import type { Library } from '../../store/use-library.ts';
import type { EditorStart } from '../routes.ts';
import { ScriptEditorPage } from './ScriptEditorPage.tsx';

vi.mock('virtual:builtin-scripts', async () => {
  const { script: make } = await import('../../library/testing/script-fixture.ts');
  return { default: [make('code-review', { title: 'Code Review' })] };
});

afterEach(async () => {
  cleanup();
  await db.importedScripts.clear();
});

const library = (...imported: string[]): Library => ({
  entries: [
    entry(script('code-review')),
    entry(script('my-script')),
    ...imported.map((id) => entry(script(id), 'imported')),
  ],
  imported: { status: 'ready' },
  retry: () => undefined,
});

function showPage(start: EditorStart, libraryNow = library()) {
  render(<ScriptEditorPage database="open" library={libraryNow} start={start} onRun={vi.fn()} />);
}

const field = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Script (Markdown)' });

describe('ScriptEditorPage', () => {
  it('starts a new script blank, under an id no script has', async () => {
    showPage({ from: 'new' });
    await screen.findByRole('heading', { level: 1, name: 'New script' });
    expect(field().value).toMatch(/^---\nid: my-script-2\ntitle: My script\n/);
  });

  it('stores a script written here without a file name, as written in Viva, and names the page by its edit route', async () => {
    window.history.replaceState(null, '', '#/edit/new');
    const entries = window.history.length;
    showPage({ from: 'new' });
    await screen.findByRole('heading', { level: 1, name: 'New script' });
    fireEvent.click(screen.getByRole('button', { name: 'Save Ctrl+S' }));
    await screen.findByText('Saved “My script” in your library.', undefined, { timeout: 5_000 });
    const stored = await listImportedScripts();
    expect(stored.map((record) => [record.id, 'fileName' in record])).toEqual([['my-script-2', false]]);
    // A reload now opens this script, not a blank one; Back still leaves the editor, as before the save.
    expect(window.location.hash).toBe('#/edit/imported/my-script-2');
    expect(window.history.length).toBe(entries);
  });

  it('starts a copy of a built-in script under the copy’s id and title, past the copies already made', async () => {
    showPage({ from: 'copy', source: 'builtin', id: 'code-review' }, library('code-review-copy'));
    await screen.findByRole('heading', { level: 1, name: 'Copy of “Code Review”' });
    expect(field().value).toMatch(/^---\nid: code-review-copy-2\ntitle: Code Review \(copy 2\)\n/);
  });

  it('edits an imported script in place, keeping its file name, and keeps the text when a rename removes it', async () => {
    await saveImportedScripts([script('mine', { title: 'Mine' })], 'notes.md');
    window.history.replaceState(null, '', '#/edit/imported/mine');
    showPage({ from: 'imported', id: 'mine' }, library('mine'));
    await screen.findByRole('heading', { level: 1, name: 'Edit “Mine”' });
    const renamed = field().value.replace('id: mine', 'id: mine-renamed');
    fireEvent.change(field(), { target: { value: renamed } });
    fireEvent.click(screen.getByRole('button', { name: 'Save Ctrl+S' }));

    await screen.findByText('Saved “Mine” in your library.', undefined, { timeout: 5_000 });
    const stored = await listImportedScripts();
    expect(stored.map(({ id, fileName }) => [id, fileName])).toEqual([['mine-renamed', 'notes.md']]);
    expect(window.location.hash).toBe('#/edit/imported/mine-renamed');
    // The old id is gone from the store, and its live query has said so by now: the editor stays, as typed.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByRole('heading', { level: 1, name: 'Edit “Mine”' })).toBeTruthy();
    expect(field().value).toBe(renamed);
  });

  it('says when the script to edit does not exist', async () => {
    showPage({ from: 'imported', id: 'gone' });
    await screen.findByRole('heading', { level: 1, name: 'Script not found' });
    expect(screen.getByText('There is no imported script with the id “gone” to edit.')).toBeTruthy();
  });
});
