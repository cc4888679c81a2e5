/** Rejects a rating that is not a whole number from 1 to 5. */
export function checkRating(rating: number): void {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5)
    throw new Error(`A rating is a whole number from 1 to 5, not ${rating}.`);
}

/** Rejects an empty checklist item: items are the checklist's own texts, never blank. */
export function checkChecklistItem(item: string): void {
  if (item.trim() === '') throw new Error('A checklist item needs its text.');
}

/** Rejects a pin before the start of the recording or without text. */
export function checkPin(atMs: number, text: string): void {
  if (!Number.isFinite(atMs) || atMs < 0)
    throw new Error(`A note is pinned to a moment of the recording, 0 ms or later, not ${atMs}.`);
  if (text.trim() === '') throw new Error('A pinned note needs some text.');
}
