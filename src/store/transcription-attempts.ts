import type { TranscriptionJobRecord } from './database.ts';

/** How many attempts an answer gets before it waits for the candidate's "Try again". */
export const AUTOMATIC_ATTEMPTS = 3;

/** Whether the queue runs a job without being asked: false once it has failed (or crashed) too often. */
export const isDue = (job: TranscriptionJobRecord): boolean => job.attempts < AUTOMATIC_ATTEMPTS;
