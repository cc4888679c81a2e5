import { describe, expect, it, vi } from 'vitest';
import type { Script } from '../script/model.ts';
import { importScriptFile, maxImportBytes, type SaveScripts } from './import-file.ts';

const validScript = `---
id: import-test
title: Import test
kind: technical
language: en-US
interviewer: Tech lead
---

## Opening (1m)

"Hello."

## Question: Only one (5m)

"Tell me about your last project."

## Closing (1m)

"Thanks!"
`;

const brokenScript = validScript.replace('## Opening (1m)', '## Opening (2 minuts)');

const recordingSave = () => {
  const saved: { scripts: readonly Script[]; fileName: string }[] = [];
  const save: SaveScripts = (scripts, fileName) => {
    saved.push({ scripts, fileName });
    return Promise.resolve();
  };
  return { saved, save };
};

describe('importScriptFile', () => {
  it('parses and stores the scripts of a valid file', async () => {
    const { saved, save } = recordingSave();

    const outcome = await importScriptFile(
      new File([validScript], 'mine.md', { type: 'text/markdown' }),
      save,
    );

    expect(outcome).toMatchObject({ ok: true, shape: "Viva's script format" });
    expect(saved).toHaveLength(1);
    expect(saved[0]?.fileName).toBe('mine.md');
    expect(saved[0]?.scripts.map((s) => s.id)).toEqual(['import-test']);
  });

  it('says which shape of notes it read', async () => {
    const { saved, save } = recordingSave();
    const notes = '1) Why this team?\n2) What did you ship last?\n3) How do you test?\n';

    const outcome = await importScriptFile(new File([notes], 'notes.txt'), save);

    expect(outcome).toMatchObject({ ok: true, shape: 'Numbered questions with notes' });
    expect(saved[0]?.scripts[0]?.questions).toHaveLength(3);
  });

  it('shows notes it interpreted before storing them, and stores nothing when the user cancels', async () => {
    const notes = new File(['1) Why this team?\n2) What did you ship last?\n'], 'notes.txt');
    const cancelled = recordingSave();
    const shown: string[] = [];
    const outcome = await importScriptFile(notes, cancelled.save, (preview) => {
      shown.push(
        `${preview.fileName}: ${preview.shape}, ${preview.scripts[0]?.questions.length ?? 0} questions`,
      );
      return Promise.resolve(false);
    });
    expect(shown).toEqual(['notes.txt: Numbered questions with notes, 2 questions']);
    expect(outcome).toMatchObject({ ok: false, reason: 'Nothing was imported: the import was cancelled.' });
    expect(cancelled.saved).toEqual([]);

    const confirmed = recordingSave();
    await importScriptFile(notes, confirmed.save, () => Promise.resolve(true));
    expect(confirmed.saved).toHaveLength(1);
  });

  it("stores Viva's own format without asking", async () => {
    const { saved, save } = recordingSave();
    const confirm = vi.fn(() => Promise.resolve(false));
    await importScriptFile(new File([validScript], 'mine.md'), save, confirm);
    expect(confirm).not.toHaveBeenCalled();
    expect(saved).toHaveLength(1);
  });

  it('stores nothing and returns line-precise errors for a broken file', async () => {
    const { saved, save } = recordingSave();

    const outcome = await importScriptFile(new File([brokenScript], 'broken.md'), save);

    expect(saved).toEqual([]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.messages).toContainEqual(expect.stringMatching(/^line 9: unknown duration "2 minuts"/));
  });

  it('refuses a file over 1 MB before reading it', async () => {
    const save = vi.fn<SaveScripts>();
    const big = new File(['x'.repeat(maxImportBytes + 1)], 'huge.md');

    const outcome = await importScriptFile(big, save);

    expect(save).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({
      ok: false,
      messages: [],
      reason: expect.stringContaining('1 MB') as unknown,
    });
  });

  it('refuses binary content whatever the file is called', async () => {
    const save = vi.fn<SaveScripts>();
    const png = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe])],
      'notes.md',
    );

    const outcome = await importScriptFile(png, save);

    expect(save).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not a text file') as unknown,
    });
  });

  it('reports a storage failure as an outcome instead of throwing', async () => {
    const save: SaveScripts = () => Promise.reject(new Error('QuotaExceededError'));

    const outcome = await importScriptFile(new File([validScript], 'mine.md'), save);

    expect(outcome).toMatchObject({
      ok: false,
      reason: expect.stringContaining('QuotaExceededError') as unknown,
    });
  });
});
