import { describe, expect, it, vi } from 'vitest';
import type { Script } from '../script/model.ts';
import { importScriptFile, maxImportBytes, type ImportPreview, type SaveScripts } from './import-file.ts';

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
        `${preview.fileName}: ${preview.shape.label}, ${preview.scripts[0]?.questions.length ?? 0} questions`,
      );
      return Promise.resolve(undefined);
    });
    expect(shown).toEqual(['notes.txt: Numbered questions with notes, 2 questions']);
    expect(outcome).toMatchObject({ ok: false, reason: 'Nothing was imported: the import was cancelled.' });
    expect(cancelled.saved).toEqual([]);

    const confirmed = recordingSave();
    await importScriptFile(notes, confirmed.save, (preview) =>
      Promise.resolve({ shape: preview.shape.label, scripts: preview.scripts }),
    );
    expect(confirmed.saved).toHaveLength(1);
  });

  it('stores the scripts the user confirmed, as the preview corrected them', async () => {
    const { saved, save } = recordingSave();
    const notes = new File(['1) Why this team?\n2) Warum wollen Sie wechseln?\n'], 'notes.txt');
    const outcome = await importScriptFile(notes, save, (preview) => {
      const [script] = preview.scripts;
      if (!script) throw new Error('no script read');
      const corrected = { ...script, questions: script.questions.slice(0, 1) };
      return Promise.resolve({ shape: 'chosen', scripts: [corrected] });
    });
    expect(outcome).toMatchObject({ ok: true, shape: 'chosen' });
    expect(saved[0]?.scripts[0]?.questions.map((q) => q.prompt.text)).toEqual(['Why this team?']);
  });

  it('lists the lines it did not use, and every shape with why it cannot read the file', async () => {
    const previews: ImportPreview[] = [];
    const text = 'Asked at the recruiter call:\n\n1) Why this team?\n2) What did you ship last?\n';
    await importScriptFile(new File([text], 'notes.txt'), recordingSave().save, (preview) => {
      previews.push(preview);
      return Promise.resolve(undefined);
    });
    const [preview] = previews;
    expect(preview?.unused).toEqual([{ line: 1, text: 'Asked at the recruiter call:' }]);
    expect(preview?.shapes.map(({ name, problem }) => ({ name, readable: problem === undefined }))).toEqual([
      { name: 'viva', readable: false },
      { name: 'mock-interviews', readable: false },
      { name: 'star-stories', readable: false },
      { name: 'dialogue', readable: false },
      { name: 'predicted-questions', readable: false },
      { name: 'question-list', readable: true },
    ]);
    expect(preview?.shapes.find((s) => s.name === 'star-stories')?.problem).toMatch(
      /^line 1: found nothing to read as STAR stories/,
    );
  });

  it('reads the file again as the shape the user chooses', async () => {
    const predicted =
      '## Predicted interview questions\nKafka\n1. "What is a consumer group?"\n2. "How do you order events?"\n';
    const previews: ImportPreview[] = [];
    await importScriptFile(new File([predicted], 'kafka.txt'), recordingSave().save, (preview) => {
      previews.push(preview);
      return Promise.resolve(undefined);
    });
    const [detected] = previews;
    expect(detected?.shape.name).toBe('predicted-questions');
    expect(detected?.readAs('dialogue')).toEqual({
      problems: [expect.stringMatching(/^line 1: found nothing to read as/)],
    });
    const asList = detected?.readAs('question-list');
    expect(asList && 'scripts' in asList ? asList.shape.label : '').toBe('Numbered questions with notes');
    // The heading is the list's title; the area's name is no question.
    expect(asList && 'scripts' in asList ? asList.unused : []).toEqual([{ line: 2, text: 'Kafka' }]);
  });

  it("stores Viva's own format without asking", async () => {
    const { saved, save } = recordingSave();
    const confirm = vi.fn(() => Promise.resolve(undefined));
    await importScriptFile(new File([validScript], 'mine.md'), save, confirm);
    expect(confirm).not.toHaveBeenCalled();
    expect(saved).toHaveLength(1);
  });

  it('asks before storing mock interview scripts whose document has lines outside them', async () => {
    const mock = `# My guide\n\nRead this first.\n\n## Mock Interview 1: Caching\n\n**Opening (1 minute)**:\n"Hi."\n\n**Question (1 minute)**:\n"How does a cache work?"\n\n**Closing (1 minute)**:\n"Thanks."\n`;
    const confirm = vi.fn((preview: ImportPreview) => {
      expect(preview.unused.map((u) => u.line)).toEqual([1, 3]);
      return Promise.resolve(undefined);
    });
    const { saved, save } = recordingSave();
    await importScriptFile(new File([mock], 'mock.md'), save, confirm);
    expect(confirm).toHaveBeenCalledOnce();
    expect(saved).toEqual([]);
    const whole = mock.replace('# My guide\n\nRead this first.\n\n', '');
    await importScriptFile(new File([whole], 'mock.md'), save, confirm);
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
