import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { readDocument } from '../../script/parse.ts';
import { ImportPreviewPanel } from './ImportPreviewPanel.tsx';

afterEach(cleanup);

const notes = `1) Расскажите о себе.
 - опыт
2) How do you resolve conflict within your team? (90 seconds)
Listen first, then agree on the goal.
3) Почему вы ищете работу?
`;

function showPreview() {
  const { shape, result } = readDocument(notes);
  if (!result.ok || !shape) throw new Error('the notes do not import');
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(
    <ImportPreviewPanel
      preview={{ fileName: 'notes.txt', shape: shape.label, scripts: result.scripts }}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />,
  );
  return { onConfirm, onCancel };
}

describe('ImportPreviewPanel', () => {
  it('shows the shape read, and each question in order with its language, time and what is attached', () => {
    showPreview();
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('notes.txt read as Numbered questions with notes: 1 script');
    expect(document.activeElement).toBe(heading);
    const items = within(screen.getByRole('list'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^Opening: “Здравствуйте/),
      'Расскажите о себе: “Расскажите о себе.” (1–2 min, 1 hints)',
      'How do you resolve conflict within your team: “How do you resolve conflict within your team?” (spoken in en-US, up to 1 min 30 s, model answer)',
      'Почему вы ищете работу: “Почему вы ищете работу?” (1–2 min)',
      expect.stringMatching(/^Closing: “Спасибо, у меня всё/),
    ]);
  });

  it('imports or cancels on the user’s word', () => {
    const { onConfirm, onCancel } = showPreview();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 script' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});
