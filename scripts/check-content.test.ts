import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseScripts } from '../src/script/parse.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');

describe('npm run check:content -- FILE --json', () => {
  it('prints each script of a file with its figures and the whole Script as the app reads it', async () => {
    const file = 'tests/fixtures/seed-004-mock-interviews.md';
    const { stdout } = await run('npx', ['tsx', 'scripts/check-content.ts', file, '--json'], { cwd: root });
    const rows = JSON.parse(stdout) as { file: string; id: string; questions: number; script: unknown }[];
    const parsed = parseScripts(readFileSync(resolve(root, file), 'utf8'));
    if (!parsed.ok) throw new Error('the fixture does not parse');
    expect(rows).toHaveLength(8);
    expect(rows.map((row) => row.script)).toEqual(parsed.scripts);
    expect(rows[0]).toMatchObject({ file, id: parsed.scripts[0]?.id, questions: 1 });
    // Starting tsx takes seconds on a busy machine.
  }, 30_000);

  it('reads notes in the shapes the importer reads, as the app does', async () => {
    const file = 'tests/fixtures/seed-003-predicted-questions.txt';
    const { stdout } = await run('npx', ['tsx', 'scripts/check-content.ts', file, '--json'], { cwd: root });
    const rows = JSON.parse(stdout) as { questions: number; script: { candidateQuestions: string[] } }[];
    expect(rows.map((row) => row.questions)).toEqual([5, 4, 2, 3, 3, 2]);
    expect(rows[0]?.script.candidateQuestions).toHaveLength(13);
  }, 30_000);

  it('lists, without --json, each line of a file that no script was read from', async () => {
    const file = 'tests/fixtures/seed-002-question-list-ru.txt';
    const { stdout } = await run('npx', ['tsx', 'scripts/check-content.ts', file], { cwd: root });
    expect(stdout.split('\n').filter((line) => line.startsWith('not used'))).toEqual([
      `not used  ${file}: line 41: Следующие 4 вопроса об одном: как ты будешь себя вести под давлением:`,
      `not used  ${file}: line 51: Остальные вопросы:`,
    ]);
  }, 30_000);
});
