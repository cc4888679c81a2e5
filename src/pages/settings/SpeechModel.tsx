import { useId, useState } from 'react';
import { errorMessage } from '../../error-message.ts';
import { removeRecognitionModel, saveRecognitionModel } from '../../store/recognition-model.ts';
import { useRecognitionModel } from '../../store/use-transcription-data.ts';
import { FileButton } from '../../ui/FileButton.tsx';
import { TranscribeSwitch } from './TranscribeSwitch.tsx';

/** Megabytes, as a person reads a file's size. */
const megabytes = (bytes: number): string => `${Math.round(bytes / 1_000_000)} MB`;

/**
 * The Whisper model that transcribes answers on this device. Viva downloads nothing: the user chooses a
 * ggml model file they have, it is checked and kept in this browser, and transcription works offline.
 */
export function SpeechModel() {
  const id = useId();
  const model = useRecognitionModel();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const choose = (file: File) => {
    setBusy(true);
    setStatus(`Checking and storing ${file.name}…`);
    saveRecognitionModel(file)
      .then(
        (stored) => {
          setStatus(`${stored.fileName} is stored: answers are transcribed with it from now on.`);
        },
        (error: unknown) => {
          setStatus(`${errorMessage(error)} Nothing was changed.`);
        },
      )
      .finally(() => {
        setBusy(false);
      });
  };

  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Transcripts</h2>
      <p className="hint">
        Viva transcribes your answers on this device with Whisper (whisper.cpp); no audio or text leaves it.
        Choose a Whisper model file in ggml format, such as <code>ggml-base.bin</code> (multilingual: English,
        German and Russian) or <code>ggml-base.en.bin</code> (English only). Larger models are more accurate
        and slower.
      </p>
      <TranscribeSwitch />
      {model === undefined ? (
        <p className="loading">Loading…</p>
      ) : model === null ? (
        <p>No model chosen yet: answers are not transcribed.</p>
      ) : (
        <p>
          Model: <strong>{model.fileName}</strong> · Whisper {model.info.size} ·{' '}
          {model.info.multilingual ? 'English, German and Russian' : 'English only'} · {model.info.weights} ·{' '}
          {megabytes(model.bytes)}
        </p>
      )}
      <div className="actions">
        <FileButton busy={busy} onFile={choose} inputLabel="Whisper model file" accept=".bin">
          {model ? 'Choose another model…' : 'Choose a model file…'}
        </FileButton>
        {model && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              removeRecognitionModel().then(
                () => {
                  setStatus('The model is removed; the transcripts it made stay.');
                },
                (error: unknown) => {
                  setStatus(`The model could not be removed: ${errorMessage(error)}`);
                },
              );
            }}
          >
            Remove the model
          </button>
        )}
      </div>
      <p className="hint" role="status">
        {status}
      </p>
    </section>
  );
}
