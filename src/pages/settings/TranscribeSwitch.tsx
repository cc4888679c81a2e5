import { updateTranscribe } from '../../store/settings.ts';
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
            void status.track(updateTranscribe(event.target.checked));
          }}
        />{' '}
        Transcribe my answers on this device
      </label>
      <p className="hint">
        Off: no answer is transcribed, and the model is not loaded; the model and the transcripts made stay.
      </p>
      <SaveStatusLine status={status} />
    </div>
  );
}
