import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeInterviews } from '../backup/testing/backup-fixture.ts';
import { script } from '../library/testing/script-fixture.ts';
import type { VivaDatabase } from './database.ts';
import { deleteAllData } from './delete-all-data.ts';
import { saveImportedScripts } from './imported-scripts.ts';
import { listSessionSummaries } from './history.ts';
import { defaultSettings, loadSettings, saveSettings } from './settings.ts';
import { testDatabase } from './testing/interview-fixture.ts';

let database: VivaDatabase;

beforeEach(async () => {
  database = testDatabase();
  await storeInterviews(database);
  await saveImportedScripts([script('mine')], 'mine.md', database);
  await saveSettings({ ...defaultSettings, timing: 'strict' }, database);
});

afterEach(async () => {
  await database.delete();
});

/** How many rows each table holds, by table name. */
async function rowCounts(database: VivaDatabase): Promise<Record<string, number>> {
  const counts = await Promise.all(
    database.tables.map(async (table) => [table.name, await table.count()] as const),
  );
  return Object.fromEntries(counts);
}

describe('deleteAllData', () => {
  it('leaves every table empty and the database open for use', async () => {
    expect(Object.values(await rowCounts(database)).some((count) => count > 0)).toBe(true);

    await deleteAllData(database);

    expect(await rowCounts(database)).toEqual({
      importedScripts: 0,
      sessions: 0,
      answers: 0,
      audioChunks: 0,
      chunkPeaks: 0,
      settings: 0,
      answerAssessments: 0,
      sessionAssessments: 0,
      transcripts: 0,
      recognitionModels: 0,
      practicePlan: 0,
      transcriptTerms: 0,
      transcriptionJobs: 0,
    });
    expect(database.isOpen()).toBe(true);
    expect(await loadSettings(database)).toEqual(defaultSettings);
    await saveSettings({ ...defaultSettings, speech: false }, database);
    expect((await loadSettings(database)).speech).toBe(false);
  });

  it('makes live queries read again, so an open page shows the empty database', async () => {
    const seen: number[] = [];
    const subscription = liveQuery(async () => (await listSessionSummaries(database)).length).subscribe(
      (count) => seen.push(count),
    );
    await expect.poll(() => seen).toEqual([2]);

    await deleteAllData(database);

    await expect.poll(() => seen.at(-1)).toBe(0);
    subscription.unsubscribe();
  });
});
