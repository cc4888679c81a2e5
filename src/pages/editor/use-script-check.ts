import { useEffect, useState } from 'react';
import type { LibraryEntry } from '../../library/entry.ts';
import { checkScriptText, type ScriptTextCheck } from '../../library/script-text.ts';
import type { Script } from '../../script/model.ts';

/** How long typing must pause before the text is checked: quick enough to feel live, rare enough to be cheap. */
const checkDelayMs = 300;

export interface ScriptCheck {
  /** The latest check's outcome; undefined before the first, 'unavailable' when the parser did not load. */
  readonly result: ScriptTextCheck | 'unavailable' | undefined;
  /** The script of the latest text that had no errors, for the preview while the text has some. */
  readonly lastValid: Script | undefined;
  /** Whether the text changed since the latest check (one is on its way). */
  readonly pending: boolean;
}

interface Checked {
  readonly text: string;
  readonly result: ScriptTextCheck | 'unavailable';
  readonly lastValid: Script | undefined;
}

/** The editor's text checked as the user types, once typing pauses for `checkDelayMs`. */
export function useScriptCheck(text: string, library: readonly LibraryEntry[], ownId?: string): ScriptCheck {
  const [checked, setChecked] = useState<Checked | undefined>(undefined);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      checkScriptText(text, library, ownId).then(
        (result) => {
          if (!current) return;
          setChecked((before) => ({
            text,
            result,
            lastValid: result.ok ? result.script : before?.lastValid,
          }));
        },
        () => {
          if (current)
            setChecked((before) => ({ text, result: 'unavailable', lastValid: before?.lastValid }));
        },
      );
    }, checkDelayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, library, ownId]);

  return {
    result: checked?.result,
    lastValid: checked?.lastValid,
    pending: checked?.text !== text,
  };
}
