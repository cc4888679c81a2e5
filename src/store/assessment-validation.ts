import type { PinnedNote } from './database.ts';

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

/** Rejects pins that are invalid or share an id (removing one would remove the other). */
export function checkPins(pins: readonly PinnedNote[]): void {
  for (const pin of pins) checkPin(pin.atMs, pin.text);
  if (new Set(pins.map((pin) => pin.id)).size !== pins.length)
    throw new Error('Two pinned notes have the same id.');
}
