import type {
  AnswerAssessmentRecord,
  PinnedNote,
  SessionAssessmentRecord,
  VivaDatabase,
} from './database.ts';
import { db } from './db.ts';
import { checkChecklistItem, checkPin, checkRating } from './assessment-validation.ts';

// Every change is a read-modify-write in one transaction: IndexedDB runs read-write transactions on the
// same table one after another, so two quick edits (a rating, then a note) never overwrite each other.

/** An answer's self-assessment; `updatedAt` is absent until it is first saved. */
export type AnswerAssessment = Omit<AnswerAssessmentRecord, 'updatedAt'> & { readonly updatedAt?: number };

/** An interview's self-assessment; `updatedAt` is absent until it is first saved. */
export type SessionAssessment = Omit<SessionAssessmentRecord, 'updatedAt'> & { readonly updatedAt?: number };

/** The assessment of an answer nobody has assessed yet: no rating, nothing ticked, no notes. */
export function emptyAnswerAssessment(answerId: string, sessionId: string): AnswerAssessment {
  return { answerId, sessionId, covered: [], notes: '', pins: [] };
}

/** The assessment of an interview nobody has assessed yet. */
export function emptySessionAssessment(sessionId: string): SessionAssessment {
  return { sessionId, covered: [], notes: '' };
}

/** Rates an answer from 1 (poor) to 5 (excellent). */
export async function setAnswerRating(
  answerId: string,
  sessionId: string,
  rating: number,
  database: VivaDatabase = db,
): Promise<void> {
  checkRating(rating);
  await editAnswerAssessment(answerId, sessionId, (current) => ({ ...current, rating }), database);
}

/**
 * Records the candidate's verdict on a checklist item (a checkpoint or rubric text): covered or not. It
 * overrides what the transcript's analysis found, and is kept for the progress charts.
 */
export async function setCovered(
  answerId: string,
  sessionId: string,
  item: string,
  covered: boolean,
  database: VivaDatabase = db,
): Promise<void> {
  checkChecklistItem(item);
  await editAnswerAssessment(
    answerId,
    sessionId,
    (current) => {
      const ticked = current.covered.filter((other) => other !== item);
      const unticked = (current.notCovered ?? []).filter((other) => other !== item);
      return covered
        ? { ...current, covered: [...ticked, item], notCovered: unticked }
        : { ...current, covered: ticked, notCovered: [...unticked, item] };
    },
    database,
  );
}

/** Replaces an answer's free notes. */
export async function setAnswerNotes(
  answerId: string,
  sessionId: string,
  notes: string,
  database: VivaDatabase = db,
): Promise<void> {
  await editAnswerAssessment(answerId, sessionId, (current) => ({ ...current, notes }), database);
}

/** Pins a note to a moment of an answer's recording; returns the pin with its new id. */
export async function addPinnedNote(
  answerId: string,
  sessionId: string,
  atMs: number,
  text: string,
  database: VivaDatabase = db,
): Promise<PinnedNote> {
  checkPin(atMs, text);
  const pin: PinnedNote = { id: crypto.randomUUID(), atMs, text: text.trim() };
  await editAnswerAssessment(
    answerId,
    sessionId,
    // Kept in recording order, the order the review lists them in.
    (current) => ({ ...current, pins: [...current.pins, pin].sort((a, b) => a.atMs - b.atMs) }),
    database,
  );
  return pin;
}

/** Removes a pinned note; a pin already removed (a second click) is no error. */
export async function removePinnedNote(
  answerId: string,
  pinId: string,
  database: VivaDatabase = db,
): Promise<void> {
  const { answerAssessments } = database;
  await database.transaction('rw', answerAssessments, async () => {
    const stored = await answerAssessments.get(answerId);
    if (!stored?.pins.some((pin) => pin.id === pinId)) return;
    await answerAssessments.put({
      ...stored,
      pins: stored.pins.filter((pin) => pin.id !== pinId),
      updatedAt: Date.now(),
    });
  });
}

/** Ticks an item of the general self-practice checklist for an interview, or unticks it. */
export async function toggleSessionCovered(
  sessionId: string,
  item: string,
  database: VivaDatabase = db,
): Promise<void> {
  checkChecklistItem(item);
  await editSessionAssessment(
    sessionId,
    (current) => ({ ...current, covered: toggled(current.covered, item) }),
    database,
  );
}

/** Replaces an interview's free notes. */
export async function setSessionNotes(
  sessionId: string,
  notes: string,
  database: VivaDatabase = db,
): Promise<void> {
  await editSessionAssessment(sessionId, (current) => ({ ...current, notes }), database);
}

function toggled(items: readonly string[], item: string): readonly string[] {
  return items.includes(item) ? items.filter((other) => other !== item) : [...items, item];
}

/**
 * Reads an answer's assessment (or an empty one), changes it and writes it back, in one transaction
 * that also checks the answer is stored in that session: an assessment never outlives its answer.
 */
async function editAnswerAssessment(
  answerId: string,
  sessionId: string,
  change: (current: AnswerAssessment) => AnswerAssessment,
  database: VivaDatabase,
): Promise<void> {
  const { answers, answerAssessments } = database;
  await database.transaction('rw', answers, answerAssessments, async () => {
    // The session's answer ids come from the index alone, without reading the answers' rows.
    const ids = await answers.where('sessionId').equals(sessionId).primaryKeys();
    if (!ids.includes(answerId)) throw new Error(`No answer ${answerId} is stored in session ${sessionId}.`);
    const current = (await answerAssessments.get(answerId)) ?? emptyAnswerAssessment(answerId, sessionId);
    await answerAssessments.put({ ...change(current), answerId, sessionId, updatedAt: Date.now() });
  });
}

async function editSessionAssessment(
  sessionId: string,
  change: (current: SessionAssessment) => SessionAssessment,
  database: VivaDatabase,
): Promise<void> {
  const { sessions, sessionAssessments } = database;
  await database.transaction('rw', sessions, sessionAssessments, async () => {
    await assertSessionStored(sessionId, database);
    const current = (await sessionAssessments.get(sessionId)) ?? emptySessionAssessment(sessionId);
    await sessionAssessments.put({ ...change(current), sessionId, updatedAt: Date.now() });
  });
}

async function assertSessionStored(sessionId: string, database: VivaDatabase): Promise<void> {
  // Counting on the primary key reads no row.
  if ((await database.sessions.where('id').equals(sessionId).count()) === 0)
    throw new Error(`No session ${sessionId} is stored.`);
}
