import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { importScriptFile, type ImportDecision, type ImportPreview } from '../../library/import-file.ts';
import { ImportPreviewPanel } from './ImportPreviewPanel.tsx';

afterEach(cleanup);

const notes = `Recruiter call, 3 May

1) Расскажите о себе.
 - опыт
2) How do you resolve conflict within your team? (90 seconds)
Listen first, then agree on the goal.
3) Почему вы ищете работу?
`;

// Predicted questions whose items are numbered: a list of questions can read it too.
const predicted = `# Prep: ACME

## Predicted interview questions

Go
1. "How do goroutines differ from threads?"
2. "When do you use a mutex?"

Databases
3. "How do you find a slow query?"
`;

/** The preview the importer offers for `text`, as the library page receives it. */
async function previewOf(text: string): Promise<ImportPreview> {
  let shown: ImportPreview | undefined;
  await importScriptFile(
    new File([text], 'notes.txt'),
    () => Promise.resolve(),
    (preview) => {
      shown = preview;
      return Promise.resolve(undefined);
    },
  );
  if (!shown) throw new Error('no preview was shown');
  return shown;
}

async function showPreview(text = notes) {
  const onConfirm = vi.fn<(decision: ImportDecision) => void>();
  const onCancel = vi.fn();
  render(<ImportPreviewPanel preview={await previewOf(text)} onConfirm={onConfirm} onCancel={onCancel} />);
  return { onConfirm, onCancel };
}

const heading = () => screen.getByRole('heading', { level: 2 }).textContent;
const shapeSelect = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Read the file as' });
const languageOf = (name: string) =>
  screen.getByRole<HTMLSelectElement>('combobox', { name: `Language of ${name}` });

describe('ImportPreviewPanel', () => {
  it('shows the shape read, and each question in order with its language, time and what is attached', async () => {
    await showPreview();
    expect(heading()).toBe('notes.txt read as Numbered questions with notes: 1 script');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    const items = within(screen.getByRole('article'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^Opening: “Здравствуйте/),
      expect.stringMatching(/^Расскажите о себе: “Расскажите о себе.” \(1–2 min, 1 hints\)/),
      expect.stringMatching(
        /^How do you resolve conflict within your team: “How do you resolve conflict within your team\?” \(up to 1 min 30 s, model answer\)/,
      ),
      expect.stringMatching(/^Почему вы ищете работу: “Почему вы ищете работу\?” \(1–2 min\)/),
      expect.stringMatching(/^Closing: “Спасибо, у меня всё/),
    ]);
    expect(languageOf('Opening').value).toBe('ru-RU');
    expect(languageOf('Расскажите о себе').value).toBe('ru-RU');
    expect(languageOf('How do you resolve conflict within your team').value).toBe('en-US');
    expect(languageOf('Closing').value).toBe('ru-RU');
  });

  it('lists the lines it did not use, each with its number', async () => {
    await showPreview();
    const unused = screen.getByRole('list', { name: 'Not used: 1 line of the file' });
    expect(
      within(unused)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['line 1: Recruiter call, 3 May']);
  });

  it('offers the shapes that can read the file, says why the others cannot, and reads it again as chosen', async () => {
    await showPreview(predicted);
    expect(heading()).toBe('notes.txt read as Predicted questions by area: 2 scripts');
    const options = [...shapeSelect().options].map((o) => ({ label: o.text, enabled: !o.disabled }));
    expect(options.filter((o) => o.enabled).map((o) => o.label)).toEqual([
      'Predicted questions by area',
      'Numbered questions with notes',
    ]);
    expect(screen.getByText(/^STAR stories: line 1: found nothing to read as STAR stories/)).toBeTruthy();

    fireEvent.change(shapeSelect(), { target: { value: 'question-list' } });
    expect(heading()).toBe('notes.txt read as Numbered questions with notes: 1 script');
    expect(shapeSelect().value).toBe('question-list');
    expect(languageOf('How do goroutines differ from threads').value).toBe('en-US');
  });

  it('shows, at their lines, the problems of a shape that cannot read the file after all', async () => {
    const preview = await previewOf(notes);
    const onConfirm = vi.fn();
    // The list of shapes is worked out once; a shape offered as readable may still find problems.
    const stale: ImportPreview = {
      ...preview,
      shapes: preview.shapes.map(({ name, label }) => ({ name, label })),
      readAs: () => ({ problems: ['line 3: found nothing to read as STAR stories'] }),
    };
    render(<ImportPreviewPanel preview={stale} onConfirm={onConfirm} onCancel={vi.fn()} />);
    fireEvent.change(shapeSelect(), { target: { value: 'star-stories' } });
    expect(screen.getByRole('alert').textContent).toContain('line 3: found nothing to read as STAR stories');
    expect(heading()).toBe('notes.txt read as Numbered questions with notes: 1 script');
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 script' }));
    expect(onConfirm).toHaveBeenCalledWith({
      shape: 'Numbered questions with notes',
      scripts: preview.scripts,
    });
  });

  it('stores the languages the user corrected, and the shape chosen', async () => {
    const { onConfirm } = await showPreview();
    fireEvent.change(languageOf('Почему вы ищете работу'), { target: { value: 'de-DE' } });
    expect(languageOf('Почему вы ищете работу').value).toBe('de-DE');
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 script' }));
    const [decision] = onConfirm.mock.calls[0] ?? [];
    expect(decision?.shape).toBe('Numbered questions with notes');
    expect(decision?.scripts[0]?.questions.map((q) => q.prompt.language)).toEqual([
      undefined,
      'en-US',
      'de-DE',
    ]);
  });

  it('cancels on the user’s word', async () => {
    const { onConfirm, onCancel } = await showPreview();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
