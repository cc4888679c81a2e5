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
  const work = useBackgroundTranscription(recognisers, locks);
  if ('failure' in work) {
    return (
      <p className="hint transcription-queue" role="alert">
        Answers wait for their transcripts: {work.failure}. Their reviews transcribe them when opened.
      </p>
    );
  }
  if ('waiting' in work) {
    return (
      <p className="hint transcription-queue" role="status">
        Answers wait for their transcripts while an interview runs in another tab.
      </p>
    );
  }
  if (work.left === 0) return null;
  return (
    <p className="hint transcription-queue" role="status">
      Transcribing {work.left === 1 ? 'an answer' : `${work.left} answers`} on this device…
    </p>
  );
}
