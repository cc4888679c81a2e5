import { useLiveQuery } from 'dexie-react-hooks';
import { loadSettings, type AppSettings } from './settings.ts';

/** The app's settings, live (a change in another tab shows at once); undefined while loading. */
export function useSettings(): AppSettings | undefined {
  return useLiveQuery(() => loadSettings(), []);
}
