/** How long an answer (or the microphone check) may go without any sound before we say so. */
export const SILENCE_WINDOW_MS = 2_500;

/**
 * A meter level (0–1 for −60 dB to 0 dB, see level.ts) at or below this is no sound at all. A muted
 * input or the wrong device gives digital silence, level 0; a live microphone in a quiet room still
 * hums above −60 dB, so only a dead input stays this low for seconds.
 */
export const SILENT_LEVEL = 0.02;

/**
 * Watches a microphone's levels from the moment it should be hearing someone: silent once the whole
 * window has passed without a single sound, and no longer silent as soon as one arrives.
 */
export class SilenceWatch {
  private heard = false;

  constructor(private readonly since: number) {}

  /** When the window closes: the time to look again if nothing was heard before. */
  get deadline(): number {
    return this.since + SILENCE_WINDOW_MS;
  }

  /** Takes one level reading. */
  hear(level: number): void {
    if (level > SILENT_LEVEL) this.heard = true;
  }

  /** Whether the microphone counts as silent at `now`. */
  silentAt(now: number): boolean {
    return !this.heard && now >= this.deadline;
  }
}
