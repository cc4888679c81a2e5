import { useId, useState } from 'react';
import {
  recognitionLanguageNames,
  recognitionLanguages,
  type LanguageAvailability,
  type LanguagePacks,
  type RecognitionLanguage,
} from '../../platform/recognition/recognition.ts';
import {
  updateRecognitionEngine,
  type AppSettings,
  type RecognitionEngineKind,
} from '../../store/settings.ts';
import { useLanguagePacks } from '../../transcription/use-language-packs.ts';
import { SaveStatusLine } from './SaveStatusLine.tsx';
import { useEdited } from './use-edited.ts';

type Engines = AppSettings['recognitionEngines'];

const sameEngines = (a: Engines, b: Engines): boolean =>
  recognitionLanguages.every((language) => a[language] === b[language]);

const packStates: Readonly<Record<LanguageAvailability, string>> = {
  ready: 'installed on this device',
  installable: 'can be installed — the browser downloads it once',
  unavailable: 'not available in this browser',
};

interface EngineRowProps {
  readonly language: RecognitionLanguage;
  readonly chosen: RecognitionEngineKind;
  readonly pack: LanguageAvailability | undefined;
  readonly onChoose: (engine: RecognitionEngineKind) => void;
  readonly install: (language: RecognitionLanguage) => Promise<boolean>;
}

/** One language: its engine, the state of the browser's language pack, and installing it. */
function EngineRow({ language, chosen, pack, onChoose, install }: EngineRowProps) {
  const id = useId();
  const name = recognitionLanguageNames[language];
  const [installing, setInstalling] = useState(false);
  const [outcome, setOutcome] = useState('');
  const option = (engine: RecognitionEngineKind, label: string) => (
    <div className="choice">
      <input
        type="radio"
        id={`${id}-${engine}`}
        name={`${id}-engine`}
        checked={chosen === engine}
        // A browser without the recogniser offers only Whisper, unless the browser was chosen elsewhere.
        disabled={engine === 'browser' && pack === 'unavailable' && chosen !== 'browser'}
        onChange={() => {
          onChoose(engine);
        }}
      />
      <label htmlFor={`${id}-${engine}`}>{label}</label>
    </div>
  );
  return (
    <fieldset className="settings-group">
      <legend>{name} answers</legend>
      {option('whisper', 'Whisper')}
      {option('browser', 'The browser’s on-device recogniser')}
      <p className="hint">
        The browser’s {name} language pack: {pack === undefined ? 'asking the browser…' : packStates[pack]}.
        {chosen === 'browser' && pack !== 'ready' && ` Until it is installed, ${name} answers use Whisper.`}
      </p>
      {pack === 'installable' && (
        <button
          type="button"
          className="button"
          disabled={installing}
          aria-busy={installing}
          onClick={() => {
            setInstalling(true);
            setOutcome('');
            void install(language)
              .then((installed) => {
                setOutcome(
                  installed
                    ? `The ${name} language pack is installed.`
                    : `The browser could not install the ${name} language pack (it needs a network connection once). Nothing else was changed.`,
                );
              })
              .finally(() => {
                setInstalling(false);
              });
          }}
        >
          {installing ? `Installing the ${name} language pack…` : `Install the ${name} language pack`}
        </button>
      )}
      <p className="hint" role="status">
        {outcome}
      </p>
    </fieldset>
  );
}

/**
 * Which engine transcribes each language, and what each means: Whisper runs in this page; the browser's
 * recogniser uses its on-device language pack, which Settings can ask the browser to install.
 */
export function RecognitionEngines({
  settings,
  packs,
}: {
  readonly settings: AppSettings;
  readonly packs: LanguagePacks;
}) {
  const { availability, install } = useLanguagePacks(packs);
  const stored = settings.recognitionEngines;
  const { value, change, status } = useEdited(stored, sameEngines, (next) =>
    Promise.all(
      recognitionLanguages
        .filter((language) => next[language] !== stored[language])
        .map((language) => updateRecognitionEngine(language, next[language])),
    ).then(() => undefined),
  );
  return (
    <div className="recognition-engines">
      <h3>Engine per language</h3>
      <p className="hint">
        <strong>Whisper</strong> runs in this page, on this device, in any browser; it is slow on weak
        machines (tens of seconds an answer on two cores). <strong>The browser’s on-device recogniser</strong>{' '}
        (Chrome and Edge) uses a language pack installed on this device and listens while you answer, so the
        words are ready as you finish (the interviewer can use them at once); its word times are estimates.
        Viva only ever uses it on the device, never the browser’s server mode, which would send your voice to
        the browser’s maker.
      </p>
      {recognitionLanguages.map((language) => (
        <EngineRow
          key={language}
          language={language}
          chosen={value[language]}
          pack={availability?.[language]}
          install={install}
          onChoose={(engine) => {
            change({ ...value, [language]: engine });
          }}
        />
      ))}
      <SaveStatusLine status={status} />
    </div>
  );
}
