import { useLiveQuery } from 'dexie-react-hooks';
import { hasDueAnswers } from './transcription-queue.ts';

/** Whether any answer waits for its transcript and is due, live; undefined while that is read. */
export function useHasDueTranscriptions(): boolean | undefined {
  return useLiveQuery(() => hasDueAnswers(), []);
}
