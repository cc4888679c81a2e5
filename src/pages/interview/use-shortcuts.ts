import { useEffect } from 'react';
import type { UserEventType } from '../../interview/events.ts';

/** The interview's keyboard shortcuts, shown on their buttons too. */
export const shortcutKeys = {
  'user.done': 'Space',
  'user.pause': 'P',
  'user.resume': 'P',
  'user.repeat': 'R',
  'user.nextSection': 'N',
  'user.skip': 'S',
  'user.abort': 'Escape',
} as const satisfies Partial<Record<UserEventType, string>>;

type ShortcutEvent = keyof typeof shortcutKeys;

function eventFor(key: string, available: ReadonlySet<UserEventType>): ShortcutEvent | undefined {
  const candidates = (Object.keys(shortcutKeys) as ShortcutEvent[]).filter((type) => available.has(type));
  const pressed = key === ' ' ? 'Space' : key.length === 1 ? key.toUpperCase() : key;
  return candidates.find((type) => shortcutKeys[type] === pressed);
}

// Keys typed into a control belong to it: Space on a focused button presses that button, not "done".
const ownsKeys = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  target.closest('button, a, input, select, textarea, summary, dialog') !== null;

/** Calls `onShortcut` for a shortcut key whose event is available now, unless a control or dialog has the key. */
export function useShortcuts(
  available: ReadonlySet<UserEventType>,
  onShortcut: (type: ShortcutEvent) => void,
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
      const type = eventFor(event.key, available);
      if (type === undefined) return;
      event.preventDefault();
      onShortcut(type);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [available, onShortcut]);
}
