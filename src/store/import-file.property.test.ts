// The whole script import, file to IndexedDB (fake-indexeddb), on random and damaged files: it never throws,
// and a file is stored whole or not at all; the scripts imported before stay as they were.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markdownLines, mutation, mutate } from '../script/testing/markdown-arbitraries.ts';
import type { VivaDatabase } from './database.ts';
import { listImportedScripts, saveImportedScripts } from './imported-scripts.ts';
import { testDatabase } from './testing/interview-fixture.ts';
import { importScriptFile, type ImportOutcome } from '../library/import-file.ts';
import { script } from '../library/testing/script-fixture.ts';

import seed004 from '../../tests/fixtures/seed-004-mock-interviews.md?raw';
import oneAnswer from '../../tests/fixtures/e2e-one-answer.md?raw';
import htmlPayload from '../../tests/fixtures/e2e-html-payload.md?raw';

const runs = { text: 300, bytes: 200, mutated: 300 };
// Hundreds of imports into IndexedDB: seconds on a quiet machine, more on a busy one.
const timeout = 60_000;
const sources = [seed004, oneAnswer, htmlPayload];

let database: VivaDatabase;

beforeEach(async () => {
  database = testDatabase();
  // Imported earlier, under an id some of the files use too.
  await saveImportedScripts([script('earlier'), script('e2e-one-answer')], 'earlier.md', database);
});

afterEach(async () => {
  await database.delete();
});

/** Imports `content` as a file into the test database; what is stored before and after, and the outcome. */
async function importInto(content: string | Uint8Array<ArrayBuffer>) {
  const before = await listImportedScripts(database);
  const outcome: ImportOutcome = await importScriptFile(new File([content], 'file.md'), (scripts, name) =>
    saveImportedScripts(scripts, name, database),
  );
  return { before, outcome, after: await listImportedScripts(database) };
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/**
 * Imports `content` and checks the outcome; true when it was imported. Refused: nothing changed, and the
 * user is told why, line by line when the Markdown was read.
 */
async function checkWholeOrNothing(content: string | Uint8Array<ArrayBuffer>): Promise<boolean> {
  const { before, outcome, after } = await importInto(content);
  if (!outcome.ok) {
    expect(after).toEqual(before);
    expect(outcome.reason).not.toBe('');
    for (const message of outcome.messages) expect(message).toMatch(/^line \d+: ./);
    return false;
  }
  // Imported: every script of the file is stored as parsed, and every other one is as it was.
  const imported = new Set(outcome.scripts.map((parsed) => parsed.id));
  expect(
    after
      .filter((row) => imported.has(row.id))
      .map((row) => row.script)
      .sort(byId),
  ).toEqual([...outcome.scripts].sort(byId));
  expect(after.filter((row) => !imported.has(row.id)).sort(byId)).toEqual(
    before.filter((row) => !imported.has(row.id)).sort(byId),
  );
  return true;
}

describe('importScriptFile into IndexedDB (fast-check)', () => {
  it(
    `never throws on Markdown-ish text, and stores a file whole or not at all (${runs.text} cases)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(markdownLines, async (lines) => {
          await checkWholeOrNothing(lines.join('\n'));
        }),
        { numRuns: runs.text },
      );
    },
    timeout,
  );

  it(
    `never throws on random bytes, and stores nothing (${runs.bytes} cases)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
          const { before, outcome, after } = await importInto(bytes);
          expect(outcome.ok).toBe(false);
          expect(after).toEqual(before);
        }),
        { numRuns: runs.bytes },
      );
    },
    timeout,
  );

  it(
    `never throws on damaged real scripts, and stores each whole or not at all (${runs.mutated} cases)`,
    async () => {
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...sources),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          async (source, changes) => {
            if (await checkWholeOrNothing(changes.reduce(mutate, source.split('\n')).join('\n'))) accepted++;
          },
        ),
        { numRuns: runs.mutated },
      );
      // Both outcomes were exercised, not only refusals.
      expect(accepted).toBeGreaterThan(0);
    },
    timeout,
  );
});
