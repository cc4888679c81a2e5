import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { entry, script } from '../../library/testing/script-fixture.ts';
import { exportScript } from '../../script/export.ts';
import type { Script } from '../../script/model.ts';
import { ScriptEditor, type SaveEditedScript } from './ScriptEditor.tsx';

afterEach(cleanup);

const original = script('loops', { title: 'Loops' });
const text = exportScript(original);
const lines = text.split('\n');
const openingLine = lines.findIndex((line) => line.startsWith('## Opening')) + 1;
const withOpening = (heading: string) =>
  lines.map((line, index) => (index + 1 === openingLine ? heading : line)).join('\n');
// The parser loads on the first check; give it time in a cold test run.
const checked = { timeout: 5_000 };

function showEditor(save: SaveEditedScript = vi.fn(() => Promise.resolve())) {
  const onRun = vi.fn();
  render(
    <ScriptEditor
      heading="Edit “Loops”"
      initialText={text}
      storedId="loops"
      fileName="loops.md"
      library={[entry(original, 'imported'), entry(script('taken', { title: 'Taken' }))]}
      save={save}
      onRun={onRun}
    />,
  );
  const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Script (Markdown)' });
  return { field, save, onRun };
}

const type = (field: HTMLTextAreaElement, value: string) => {
  fireEvent.change(field, { target: { value } });
};

describe('ScriptEditor', () => {
  it('previews the plan of a valid script and says it can be saved', async () => {
    const { field } = showEditor();
    await screen.findByText('No problems: the script can be saved.', undefined, checked);
    expect(field.getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByRole('heading', { name: 'The plan' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Loops' })).toBeTruthy();
  });

  it('shows an error typed in at its line, in the list and the gutter, and the caret goes there on a click', async () => {
    const { field } = showEditor();
    await screen.findByText('No problems: the script can be saved.', undefined, checked);

    type(field, withOpening('## Opening (2 minuts)'));

    await screen.findByText('1 problem, fix it to save:', undefined, checked);
    const button = screen.getByRole('button', { name: `Line ${openingLine}` });
    expect(button.parentElement?.textContent).toContain('unknown duration "2 minuts"');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const problems = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(problems?.textContent).toContain(`Line ${openingLine} unknown duration`);
    const marked = [...document.querySelectorAll('.gutter-error')].map((mark) =>
      mark.getAttribute('data-line'),
    );
    expect(marked).toEqual([String(openingLine)]);
    // The last valid version stays in the preview, marked as such.
    expect(screen.getByText('The last version without problems:')).toBeTruthy();

    fireEvent.click(button);
    expect(document.activeElement).toBe(field);
    const caret = field.value.indexOf('## Opening (2 minuts)');
    expect([field.selectionStart, field.selectionEnd]).toEqual([caret, caret]);
  });

  it('refuses to save while there are errors, and saves once they are fixed', async () => {
    const { field, save } = showEditor();
    type(field, withOpening('## Opening (2 minuts)'));
    fireEvent.click(screen.getByRole('button', { name: 'Save Ctrl+S' }));

    await screen.findByText(
      `Not saved: the script has 1 problem (the first at line ${openingLine}). Fix them, then save again.`,
      undefined,
      checked,
    );
    expect(save).not.toHaveBeenCalled();

    type(field, withOpening('## Opening (2m)'));
    // Ctrl+S saves too, wherever the focus is; pressed twice quickly, it saves once.
    fireEvent.keyDown(field, { key: 's', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 's', ctrlKey: true });

    await screen.findByText('Saved “Loops” in your library.', undefined, checked);
    const expected: Script = {
      ...original,
      opening: { ...original.opening, budget: { kind: 'limit', seconds: 120 } },
    };
    expect(save).toHaveBeenCalledExactlyOnceWith(expected, 'loops.md', 'loops');
  });

  it('refuses an id another script has, at the id’s line', async () => {
    const { field, save } = showEditor();
    type(field, text.replace('id: loops', 'id: taken'));
    const idLine = lines.indexOf('id: loops') + 1;
    await screen.findByRole('button', { name: `Line ${idLine}` }, checked);
    expect(screen.getByText(/taken by the built-in script “Taken”/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save Ctrl+S' }));
    await screen.findByText(/^Not saved/, undefined, checked);
    expect(save).not.toHaveBeenCalled();
  });

  it('says so when the script cannot be stored, keeping the text', async () => {
    const { field } = showEditor(() => Promise.reject(new Error('QuotaExceededError')));
    type(field, withOpening('## Opening (2m)'));
    fireEvent.click(screen.getByRole('button', { name: 'Save Ctrl+S' }));
    await screen.findByText(/could not be stored on this device \(QuotaExceededError\)/, undefined, checked);
    expect(field.value).toContain('## Opening (2m)');
    expect(screen.getByRole('button', { name: 'Save and run' })).toBeTruthy();
  });

  it('runs the stored script, saving the changes first', async () => {
    const { field, save, onRun } = showEditor();
    expect(screen.getByRole('button', { name: 'Run' })).toBeTruthy();
    type(field, text.replace('id: loops', 'id: loops-two'));
    fireEvent.click(screen.getByRole('button', { name: 'Save and run' }));
    await waitFor(() => {
      expect(onRun).toHaveBeenCalledExactlyOnceWith('loops-two');
    }, checked);
    expect(save).toHaveBeenCalledExactlyOnceWith({ ...original, id: 'loops-two' }, 'loops.md', 'loops');
  });
});
