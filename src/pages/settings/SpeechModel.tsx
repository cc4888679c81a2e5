import { useCallback, useId, useState } from 'react';
import { errorMessage } from '../../error-message.ts';
import type { LanguagePacks } from '../../platform/recognition/recognition.ts';
import type { RecognitionModelRecord } from '../../store/database.ts';
import { removeRecognitionModel, saveRecognitionModel } from '../../store/recognition-model.ts';
import { useRecognitionModel } from '../../store/use-transcription-data.ts';
import { useSettings } from '../../store/use-settings.ts';
import { useHostedModel } from '../../transcription/use-hosted-model.ts';
import { FileButton } from '../../ui/FileButton.tsx';
import { HostedModelOffer, megabytes, modelFacts } from './HostedModelOffer.tsx';
import { RecognitionEngines } from './RecognitionEngines.tsx';
import { TranscribeSwitch } from './TranscribeSwitch.tsx';

const storedMessage = (stored: RecognitionModelRecord): string =>
  `${stored.fileName} is stored: answers are transcribed with it from now on.`;

/**
 * The Whisper model that transcribes answers on this device. The user chooses a ggml model file they have,
 * or downloads the one the site serves (if it serves one) when they ask; it is checked and kept in this
 * browser, and transcription works offline.
 */
export function SpeechModel({ packs }: { readonly packs: LanguagePacks }) {
  const id = useId();
  const model = useRecognitionModel();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  // Transcription off asks nothing of the site, not even whether it has a model.
  const settings = useSettings();
  const on = settings?.transcribe === true;
  const hosted = useHostedModel(
    on && model === null,
    useCallback((stored: RecognitionModelRecord) => {
      setStatus(storedMessage(stored));
    }, []),
  );

  const choose = (file: File) => {
    setBusy(true);
    setStatus(`Checking and storing ${file.name}…`);
    saveRecognitionModel(file)
      .then(
        (stored) => {
          setStatus(storedMessage(stored));
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
        Viva transcribes your answers on this device with Whisper (whisper.cpp) or, per language, with the
        browser’s on-device recogniser (below); no audio or text leaves it. Choose a Whisper model file in
        ggml format, such as <code>ggml-base.bin</code> (multilingual: English, German and Russian) or{' '}
        <code>ggml-base.en.bin</code> (English only). Larger models are more accurate and slower.
      </p>
      <TranscribeSwitch />
      {model === undefined ? (
        <p className="loading">Loading…</p>
      ) : model === null ? (
        <>
          <p>No model chosen yet: answers are not transcribed.</p>
          {on && <HostedModelOffer {...hosted} />}
        </>
      ) : (
        <p>
          Model: <strong>{model.fileName}</strong> · {modelFacts(model.info)} · {megabytes(model.bytes)}
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
      {settings && <RecognitionEngines settings={settings} packs={packs} />}
    </section>
  );
}
