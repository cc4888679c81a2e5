/** Calendar days in the user's own time zone, as whole numbers: practice is planned by the day, not the hour. */
export type Day = number;

const dayMs = 86_400_000;

/** The local calendar day a moment falls on. */
export function dayOf(ms: number): Day {
  const offsetMs = new Date(ms).getTimezoneOffset() * 60_000;
  return Math.floor((ms - offsetMs) / dayMs);
}

/** Local midnight at the start of a day. */
export function startOfDay(day: Day): number {
  const guess = day * dayMs;
  // The offset of the day itself, not of UTC midnight: they differ on the days clocks change.
  return guess + new Date(guess).getTimezoneOffset() * 60_000;
}

/** `2026-12-14` for a day, the form of a date input. */
export function isoDate(day: Day): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** The day a date input's `2026-12-14` names; undefined for anything else. */
export function dayOfIsoDate(text: string): Day | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isNaN(ms) || isoDate(ms / dayMs) !== text ? undefined : ms / dayMs;
}
