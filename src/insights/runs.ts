/** A stretch of frames `[start, end)` that are all voiced or all silent. */
export interface Run {
  readonly start: number;
  readonly end: number;
  readonly voiced: boolean;
}

/** The stretches of equal flags (non-zero is voiced), in order; none for no frames. */
export function runsOf(flags: Uint8Array): Run[] {
  const runs: Run[] = [];
  let start = 0;
  for (let index = 1; index <= flags.length; index += 1) {
    const voiced = flags[start] !== 0;
    if (index === flags.length || (flags[index] !== 0) !== voiced) {
      runs.push({ start, end: index, voiced });
      start = index;
    }
  }
  return runs;
}
