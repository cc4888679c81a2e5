/** A practice item: one question of one script, wherever it was answered (its own script or a practice session). */
export interface PracticeItemRef {
  /** The script as the library keys it (`builtin/<id>` or `imported/<id>`): built-in and imported ids may match. */
  readonly scriptKey: string;
  /** The question's title: it survives reordering the script, which an index would not. */
  readonly title: string;
}

/** A stable key for maps and the schedule. */
export function itemKey({ scriptKey, title }: PracticeItemRef): string {
  return JSON.stringify([scriptKey, title]);
}
