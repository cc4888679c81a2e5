import { longestListenWaitSeconds, updateTranscription } from '../../store/settings.ts';
import { useSettings } from '../../store/use-settings.ts';
import { SaveStatusLine } from './SaveStatusLine.tsx';
import { useSaveStatus } from './use-save-status.ts';

/** Transcription on or off; off keeps the model and the transcripts, and transcribes nothing new. */
export function TranscribeSwitch() {
  const settings = useSettings();
  const status = useSaveStatus();
  if (settings === undefined) return null;
  return (
    <div className="transcribe-switch">
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.transcribe}
          onChange={(event) => {
            void status.track(updateTranscription({ transcribe: event.target.checked }));
          }}
        />{' '}
        Transcribe my answers on this device
      </label>
      <p className="hint">
        Off: no answer is transcribed, and the model is not loaded; the model and the transcripts made stay.
      </p>
      <label className="choice">
        After a main answer, the interviewer waits for its words up to{' '}
        <input
          type="number"
          min={1}
          max={longestListenWaitSeconds}
          step={1}
          value={settings.listenWaitSeconds}
          disabled={!settings.transcribe}
          onChange={(event) => {
            const seconds = event.target.valueAsNumber;
            if (Number.isInteger(seconds) && seconds >= 1 && seconds <= longestListenWaitSeconds)
              void status.track(updateTranscription({ listenWaitSeconds: seconds }));
          }}
        />{' '}
        s
      </label>
      <p className="hint">
        It skips a follow-up the answer already covered; past the wait it asks them all. Whisper takes 40–60 s
        for a short answer on a two-core machine, so a short wait there means every follow-up is asked.
      </p>
      <SaveStatusLine status={status} />
    </div>
  );
}
