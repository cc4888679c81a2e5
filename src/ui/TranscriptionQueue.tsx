import { lazy, Suspense } from 'react';
import type { Locks } from '../platform/locks/locks.ts';
import type { Recognisers } from '../platform/recognition/recognition.ts';
import { useHasDueTranscriptions } from '../store/use-due-transcriptions.ts';

// The engines' code loads only when an answer waits for its transcript.
const BackgroundTranscription = lazy(async () => ({
  default: (await import('./BackgroundTranscription.tsx')).BackgroundTranscription,
}));

/** Works the transcription queue on the pages shown with it, once an answer waits for its transcript. */
export function TranscriptionQueue(props: { readonly recognisers: Recognisers; readonly locks: Locks }) {
  if (useHasDueTranscriptions() !== true) return null;
  return (
    <Suspense fallback={null}>
      <BackgroundTranscription {...props} />
    </Suspense>
  );
}
