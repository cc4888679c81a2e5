/** What a key pressed on the waveform asks of the player. */
export type PlayerKeyCommand = { readonly type: 'toggle' } | { readonly type: 'seek'; readonly toMs: number };

const stepMs = 5000;

/** The command of `key` at `currentMs` of a `durationMs` recording; undefined for keys the player leaves alone. */
export function playerKeyCommand(
  key: string,
  currentMs: number,
  durationMs: number,
): PlayerKeyCommand | undefined {
  switch (key) {
    // K as in most video players, for a hand already on the letters.
    case ' ':
    case 'k':
    case 'K':
      return { type: 'toggle' };
    // Up and down as well, as on any slider.
    case 'ArrowLeft':
    case 'ArrowDown':
      return { type: 'seek', toMs: Math.max(0, currentMs - stepMs) };
    case 'ArrowRight':
    case 'ArrowUp':
      return { type: 'seek', toMs: Math.min(durationMs, currentMs + stepMs) };
    case 'Home':
      return { type: 'seek', toMs: 0 };
    case 'End':
      return { type: 'seek', toMs: durationMs };
    default:
      return undefined;
  }
}
