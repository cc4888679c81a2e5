import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spoken } from '../src/analysis/testing/spoken.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');

describe('npm run analyze', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'viva-analyze-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function analyze(answer: unknown, ...flags: string[]) {
    const file = join(folder, 'answer.json');
    await writeFile(file, JSON.stringify(answer));
    return run('npx', ['tsx', 'scripts/analyze.ts', file, ...flags], { cwd: root });
  }

  it('checks an answer against its built-in script question, as JSON', async () => {
    const { stdout } = await analyze(
      {
        language: 'en-US',
        words: spoken(
          'um so the compiler turns it into a state machine and it captures the synchronization context',
        ),
        script: 'technical-deep-dive-async-await',
        question: 0,
      },
      '--json',
    );
    const result = JSON.parse(stdout) as {
      coverage: { checkpoint: string; covered: boolean | null; evidence?: { startMs: number } }[];
      fillers: { count: number; items: { text: string }[] };
      pace: { wordsPerMinute: number };
      star: unknown;
    };
    // A technical question asks for no story.
    expect(result.star).toBeNull();
    expect(result.coverage.slice(0, 3).map((row) => [row.checkpoint, row.covered])).toEqual([
      ['Explains state machine transformation', false],
      ['Discusses SynchronizationContext', true],
      ['Mentions ConfigureAwait(false)', false],
    ]);
    expect(result.coverage[1]?.evidence?.startMs).toBe(4800);
    expect(result.fillers.items.map((item) => item.text)).toEqual(['um']);
    expect(result.pace.wordsPerMinute).toBeGreaterThan(150);
  }, 30_000);

  it('refuses an answer it cannot use, saying where', async () => {
    // A failed command's error message ends with what it printed on stderr.
    await expect(
      analyze({ language: 'en', words: [], script: 'no-such-script', question: 0 }),
    ).rejects.toThrow(/answer\.json: script: no script "no-such-script" in content\//u);
    await expect(analyze({ language: 'en', words: [{ text: 'a', startMs: 'x', endMs: 1 }] })).rejects.toThrow(
      /answer\.json: words\[0\]\.startMs: expected a number/u,
    );
  }, 30_000);
});
