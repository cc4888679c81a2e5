import { useEffect } from 'react';
import type { InterviewCommand } from '../../interview/connect.ts';

/** The interview's keyboard shortcuts, shown on their buttons too. */
export const shortcutKeys = {
  done: 'Space',
  pause: 'P',
  resume: 'P',
  repeat: 'R',
  nextSection: 'N',
  skip: 'S',
  abort: 'Escape',
} as const satisfies Partial<Record<InterviewCommand, string>>;

export type ShortcutCommand = keyof typeof shortcutKeys;

function commandFor(
  key: string,
  can: Readonly<Record<InterviewCommand, boolean>>,
): ShortcutCommand | undefined {
  const candidates = (Object.keys(shortcutKeys) as ShortcutCommand[]).filter((command) => can[command]);
  const pressed = key === ' ' ? 'Space' : key.length === 1 ? key.toUpperCase() : key;
  return candidates.find((command) => shortcutKeys[command] === pressed);
}

// Keys typed into a control belong to it: Space on a focused button presses that button, not "done".
const ownsKeys = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  target.closest('button, a, input, select, textarea, summary, dialog') !== null;

/** Calls `onShortcut` for a shortcut key whose command works now, unless a control or dialog has the key. */
export function useShortcuts(
  can: Readonly<Record<InterviewCommand, boolean>>,
  onShortcut: (command: ShortcutCommand) => void,
): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (document.querySelector('dialog[open]') !== null) return;
      if (event.key === ' ' && ownsKeys(event.target)) return;
      if (
        event.key !== ' ' &&
        event.key !== 'Escape' &&
        ownsKeys(event.target) &&
        !(event.target instanceof HTMLButtonElement)
      )
        return;
      const command = commandFor(event.key, can);
      if (command === undefined) return;
      event.preventDefault();
      onShortcut(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [can, onShortcut]);
}
