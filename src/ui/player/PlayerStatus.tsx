import type { PlayerView } from './player-view.ts';

/** What the player is waiting for, or why it failed; the status line keeps its place so nothing jumps. */
export function PlayerStatus({ view }: { readonly view: PlayerView }) {
  if (view.problem !== undefined) {
    return (
      <p className="player-problem" role="alert">
        The recording could not be played: {view.problem}
      </p>
    );
  }
  const waiting =
    view.stage === 'drawing'
      ? 'Drawing the waveform…'
      : view.requested && !view.audioReady
        ? 'Loading the recording…'
        : '';
  return (
    <p className="player-status" role="status">
      {waiting}
    </p>
  );
}
