import { describe, expect, it } from 'vitest';
import { exportScript } from '../script/export.ts';
import { checkScriptText } from './script-text.ts';
import { entry, script } from './testing/script-fixture.ts';

const text = exportScript(script('loops', { title: 'Loops' }));
const lines = text.split('\n');
const lineOf = (start: string) => lines.findIndex((line) => line.startsWith(start)) + 1;

describe('checkScriptText', () => {
  it('reads a script in Viva’s format', async () => {
    const checked = await checkScriptText(text, []);
    expect(checked).toEqual({ ok: true, script: script('loops', { title: 'Loops' }) });
  });

  it('gives each error at its line', async () => {
    const opening = lineOf('## Opening');
    const broken = lines
      .map((line, index) => (index + 1 === opening ? '## Opening (2 minuts)' : line))
      .join('\n');
    const checked = await checkScriptText(broken, []);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual([
      { line: opening, message: expect.stringContaining('unknown duration "2 minuts"') as unknown },
    ]);
  });

  it('refuses an id another script has, at the id’s line, unless it is the edited script’s own', async () => {
    const builtin = await checkScriptText(text, [entry(script('loops', { title: 'Built-in loops' }))]);
    expect(builtin).toEqual({
      ok: false,
      errors: [
        {
          line: lineOf('id:'),
          message: expect.stringContaining('taken by the built-in script “Built-in loops”') as unknown,
        },
      ],
    });
    const imported = await checkScriptText(text, [entry(script('loops', { title: 'Mine' }), 'imported')]);
    expect(imported.ok ? '' : imported.errors[0]?.message).toContain('taken by your script “Mine”');
    expect((await checkScriptText(text, [entry(script('loops'), 'imported')], 'loops')).ok).toBe(true);
  });
});
