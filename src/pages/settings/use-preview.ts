import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  Speech,
  SpeechFailure,
  SpeechHandle,
  SpeechOptions,
  VoiceInfo,
} from '../../platform/speech/speech.ts';

/** The preview of one language (by its key): being spoken (with which voice, once known), or failed. */
export type PreviewState =
  | { readonly key: string; readonly phase: 'speaking'; readonly voice?: VoiceInfo }
  | { readonly key: string; readonly phase: 'failed'; readonly reason: SpeechFailure };

/** Previewing voices: one sample at a time, as the engine speaks one text at a time. */
export interface Preview {
  /** The current or last failed preview; undefined once it ended or was stopped. */
  readonly state: PreviewState | undefined;
  readonly play: (key: string, text: string, options: SpeechOptions) => void;
  readonly stop: () => void;
}

/** Speaks voice samples with `speech`; whatever is still speaking stops when the page goes. */
export function usePreview(speech: Speech): Preview {
  const [state, setState] = useState<PreviewState | undefined>(undefined);
  const handle = useRef<SpeechHandle | undefined>(undefined);

  useEffect(() => {
    const speaking = handle;
    return () => speaking.current?.cancel();
  }, []);

  const play = useCallback(
    (key: string, text: string, options: SpeechOptions) => {
      // A new text silently replaces the one being spoken, whose listener never hears again: the state
      // moves to this preview at once, which turns the other language's "Stop" back into "Preview".
      handle.current?.cancel();
      setState({ key, phase: 'speaking' });
      handle.current = speech.speak(text, options, {
        started(voice) {
          setState({ key, phase: 'speaking', voice });
        },
        ended() {
          handle.current = undefined;
          setState(undefined);
        },
        failed(reason) {
          handle.current = undefined;
          setState({ key, phase: 'failed', reason });
        },
      });
    },
    [speech],
  );

  const stop = useCallback(() => {
    handle.current?.cancel();
    handle.current = undefined;
    setState(undefined);
  }, []);

  return { state, play, stop };
}
