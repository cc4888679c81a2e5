/** What the answer player shows, as the player's events and the user's requests change it. */
export interface PlayerView {
  /** 'drawing' until the waveform is there; 'broken' when it could not be drawn. */
  readonly stage: 'drawing' | 'drawn' | 'broken';
  /** Play was asked for and not paused since: the button offers Pause from the moment Play is pressed. */
  readonly requested: boolean;
  readonly playing: boolean;
  /** The recording has been loaded once; until then pressing Play first loads it. */
  readonly audioReady: boolean;
  /** The position in whole seconds, so that playback renders once a second rather than once a frame. */
  readonly second: number;
  /** Why the waveform could not be drawn or the recording played, until Play is pressed again. */
  readonly problem: string | undefined;
}

export type PlayerAction =
  | { readonly type: 'drawn' }
  | { readonly type: 'broken'; readonly message: string }
  | { readonly type: 'request'; readonly play: boolean }
  | { readonly type: 'ready' }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'time'; readonly ms: number }
  | { readonly type: 'error'; readonly message: string };

export const initialPlayerView: PlayerView = {
  stage: 'drawing',
  requested: false,
  playing: false,
  audioReady: false,
  second: 0,
  problem: undefined,
};

/** The view after `action`; the same object when nothing visible changed, so React skips the render. */
export function playerViewReducer(view: PlayerView, action: PlayerAction): PlayerView {
  switch (action.type) {
    case 'drawn':
      return { ...view, stage: 'drawn' };
    case 'broken':
      return { ...view, stage: 'broken', problem: action.message };
    case 'request':
      // Asking to play again is the retry after a failure, so its message goes.
      return action.play ? { ...view, requested: true, problem: undefined } : { ...view, requested: false };
    case 'ready':
      return { ...view, audioReady: true };
    case 'play':
      return { ...view, playing: true, requested: true };
    case 'pause':
      return { ...view, playing: false, requested: false };
    case 'time': {
      const second = Math.floor(action.ms / 1000);
      return second === view.second ? view : { ...view, second };
    }
    case 'error':
      return { ...view, playing: false, requested: false, problem: action.message };
  }
}
