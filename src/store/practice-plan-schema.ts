import { dayOfIsoDate } from '../practice/days.ts';
import { z } from '../zod.ts';
import type { PracticePlanRecord } from './database.ts';

/** The key of the plan's one row. */
export const planKey = 'plan';

/** A plan's fields, as stored and as backups carry them. */
export const practicePlanSchema = z.object({
  key: z.literal(planKey),
  name: z.string().max(200),
  interviewDate: z
    .string()
    .refine((text) => dayOfIsoDate(text) !== undefined, 'expected a date written 2026-12-14')
    .exactOptional(),
  scriptKeys: z.array(z.string()),
  updatedAt: z.number().nonnegative(),
}) satisfies z.ZodType<PracticePlanRecord>;
