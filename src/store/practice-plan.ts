import type { PracticePlanRecord, VivaDatabase } from './database.ts';
import { db } from './db.ts';
import { planKey, practicePlanSchema } from './practice-plan-schema.ts';

/** The plan as the candidate edits it: everything but the row's key and time. */
export type PracticePlan = Omit<PracticePlanRecord, 'key' | 'updatedAt'>;

/** The stored plan; undefined when the candidate has not made one (or the row is unreadable, then it is redone). */
export async function loadPracticePlan(database: VivaDatabase = db): Promise<PracticePlanRecord | undefined> {
  const parsed = practicePlanSchema.safeParse(await database.practicePlan.get(planKey));
  return parsed.success ? parsed.data : undefined;
}

/** Saves the plan, replacing the one before. */
export async function savePracticePlan(
  plan: PracticePlan,
  now: number = Date.now(),
  database: VivaDatabase = db,
): Promise<PracticePlanRecord> {
  const record = practicePlanSchema.parse({ ...plan, key: planKey, updatedAt: now });
  await database.practicePlan.put(record);
  return record;
}

export async function deletePracticePlan(database: VivaDatabase = db): Promise<void> {
  await database.practicePlan.delete(planKey);
}
