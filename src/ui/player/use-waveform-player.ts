import { useEffect, useReducer, useRef, useState, type ActionDispatch, type RefObject } from 'react';
import type { CreateWaveformPlayer, WaveformPlayer } from '../../platform/waveform/waveform.ts';
import { initialPlayerView, playerViewReducer, type PlayerAction, type PlayerView } from './player-view.ts';
import { themeColors } from './theme-colors.ts';
import { errorMessage } from '../../error-message.ts';

interface WaveformSetup {
  readonly peaks: Int8Array;
  readonly durationMs: number;
  readonly loadAudio: () => Promise<Blob>;
  readonly createPlayer: CreateWaveformPlayer;
}

interface WaveformPlayerState {
  /** Undefined until the waveform is drawn, and after it could not be. */
  readonly player: WaveformPlayer | undefined;
  readonly view: PlayerView;
  readonly dispatch: ActionDispatch<[action: PlayerAction]>;
}

/** Draws the waveform into `containerRef`'s element once mounted, follows its player, destroys it on unmount. */
export function useWaveformPlayer(
  containerRef: RefObject<HTMLElement | null>,
  { peaks, durationMs, loadAudio, createPlayer }: WaveformSetup,
): WaveformPlayerState {
  const [player, setPlayer] = useState<WaveformPlayer | undefined>(undefined);
  const [view, dispatch] = useReducer(playerViewReducer, initialPlayerView);
  // The latest loadAudio, so that a parent passing a new function on every render does not redraw the waveform.
  const loadAudioRef = useRef(loadAudio);
  useEffect(() => {
    loadAudioRef.current = loadAudio;
  }, [loadAudio]);

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    let closed = false;
    let created: WaveformPlayer | undefined;
    const unsubscribes: (() => void)[] = [];
    createPlayer(container, {
      peaks,
      durationMs,
      loadAudio: () => loadAudioRef.current(),
      colors: themeColors(container),
    }).then(
      (drawn) => {
        // Unmounted while drawing (StrictMode's trial mount among others): nobody will use this one.
        if (closed) {
          drawn.destroy();
          return;
        }
        created = drawn;
        unsubscribes.push(
          drawn.on('ready', () => {
            dispatch({ type: 'ready' });
          }),
          drawn.on('play', () => {
            dispatch({ type: 'play' });
          }),
          drawn.on('pause', () => {
            dispatch({ type: 'pause' });
          }),
          drawn.on('time', (ms) => {
            dispatch({ type: 'time', ms });
          }),
          drawn.on('seek', (ms) => {
            dispatch({ type: 'time', ms });
          }),
          drawn.on('error', (error) => {
            dispatch({ type: 'error', message: error.message });
          }),
        );
        setPlayer(drawn);
        dispatch({ type: 'drawn' });
      },
      (error: unknown) => {
        if (!closed) dispatch({ type: 'broken', message: errorMessage(error) });
      },
    );
    return () => {
      closed = true;
      for (const unsubscribe of unsubscribes) unsubscribe();
      created?.destroy();
    };
  }, [containerRef, peaks, durationMs, createPlayer]);

  return { player, view, dispatch };
}
