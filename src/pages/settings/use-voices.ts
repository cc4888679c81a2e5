import { useEffect, useState } from 'react';
import type { Speech, VoiceInfo } from '../../platform/speech/speech.ts';

/** The engine's voices, or undefined while they load. */
export interface Voices {
  readonly voices: readonly VoiceInfo[] | undefined;
  /** Asks the engine again, e.g. after the user installed voices. */
  readonly lookAgain: () => void;
}

interface Loaded {
  readonly speech: Speech;
  readonly attempt: number;
  readonly voices: readonly VoiceInfo[];
}

/**
 * The voices `speech` offers; an empty list when it has none after its timeout. Voices the engine brings
 * later (slow engines take seconds) replace the list whenever they come.
 */
export function useVoices(speech: Speech): Voices {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);

  useEffect(() => {
    let current = true;
    const read = () => {
      void speech.voices().then((voices) => {
        if (current) setLoaded({ speech, attempt, voices });
      });
    };
    read();
    const unsubscribe = speech.onVoicesChanged(read);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [speech, attempt]);

  // A result is only shown for the request that asked for it: looking again shows loading meanwhile.
  const voices = loaded?.speech === speech && loaded.attempt === attempt ? loaded.voices : undefined;
  return {
    voices,
    lookAgain: () => {
      setAttempt((previous) => previous + 1);
    },
  };
}
