import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { script } from '../library/testing/script-fixture.ts';
import { practiceOverview } from '../practice/overview.ts';
import type { VivaDatabase } from '../store/database.ts';
import { loadPracticeAttempts } from '../store/practice-data.ts';
import { loadPracticePlan, savePracticePlan } from '../store/practice-plan.ts';
import { testDatabase } from '../store/testing/interview-fixture.ts';
import { exportBackup } from './export-backup.ts';
import { importBackup } from './import-backup.ts';
import { storeInterviews, type StoredInterviews } from './testing/backup-fixture.ts';

let source: VivaDatabase;
let target: VivaDatabase;
let stored: StoredInterviews;

const plan = { name: 'Acme, senior', interviewDate: '2026-12-14', scriptKeys: ['imported/url-shortener'] };
/** The script the stored interviews practised, as the plan finds it in the library. */
const planned = [{ key: 'imported/url-shortener', script: script('url-shortener') }];
const now = Date.parse('2026-12-05T09:00:00Z');

beforeEach(async () => {
  source = testDatabase();
  target = testDatabase();
  stored = await storeInterviews(source);
  await savePracticePlan(plan, 5_000, source);
});

afterEach(async () => {
  await Promise.all([source.delete(), target.delete()]);
});

describe('the practice plan in backups', () => {
  it('travels with a backup of every interview, and the restored history replays to the same schedule', async () => {
    const outcome = await importBackup(await exportBackup({}, source), target);

    expect(outcome).toMatchObject({ ok: true, planRestored: true });
    expect(await loadPracticePlan(target)).toEqual(await loadPracticePlan(source));
    const before = await loadPracticeAttempts(new Set(plan.scriptKeys), source);
    const after = await loadPracticeAttempts(new Set(plan.scriptKeys), target);
    expect(before.map(({ ref, attempt }) => [ref, attempt.answerId])).toEqual([
      [{ scriptKey: 'imported/url-shortener', title: 'First' }, stored.finishedAnswerId],
    ]);
    expect(after).toEqual(before);
    const schedule = (attempts: typeof before) =>
      practiceOverview(planned, attempts, plan.interviewDate, now).items.map((item) => item.schedule);
    expect(schedule(after)).toEqual(schedule(before));
    expect(schedule(after)[0]).toMatchObject({ attempts: 1, lastGrade: expect.any(String) as unknown });
  });

  it('is left out of a backup of some interviews, which is not a whole history', async () => {
    const some = await exportBackup({ sessionIds: [stored.finishedSessionId] }, source);
    expect(await importBackup(some, target)).toMatchObject({ ok: true, planRestored: false });
    expect(await loadPracticePlan(target)).toBeUndefined();
  });

  it("keeps this device's plan when it is newer than the backup's, and replaces an older one", async () => {
    const backup = await exportBackup({}, source);
    await savePracticePlan({ ...plan, name: 'changed here later' }, 9_000, target);
    expect(await importBackup(backup, target)).toMatchObject({ ok: true, planRestored: false });
    expect((await loadPracticePlan(target))?.name).toBe('changed here later');

    await savePracticePlan({ ...plan, name: 'older' }, 1_000, target);
    expect(await importBackup(backup, target)).toMatchObject({ ok: true, planRestored: true });
    expect((await loadPracticePlan(target))?.name).toBe('Acme, senior');
  });
});
