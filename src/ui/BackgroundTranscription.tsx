import type { Locks } from '../platform/locks/locks.ts';
import type { Recognisers } from '../platform/recognition/recognition.ts';
import { useBackgroundTranscription } from '../transcription/use-background-transcription.ts';

/** Transcribes the queued answers while it is shown, and says so: the processor is busy meanwhile. */
export function BackgroundTranscription({
  recognisers,
  locks,
}: {
  readonly recognisers: Recognisers;
  readonly locks: Locks;
}) {
  const left = useBackgroundTranscription(recognisers, locks);
  if (left === 0) return null;
  return (
    <p className="hint transcription-queue" role="status">
      Transcribing {left === 1 ? 'an answer' : `${left} answers`} on this device…
    </p>
  );
}
