import { useId } from 'react';
import { voicesForLanguage } from '../../platform/speech/choose-voice.ts';
import type { SpeechFailure, SpeechOptions, VoiceInfo } from '../../platform/speech/speech.ts';
import { updateVoiceSetting, type VoiceSetting } from '../../store/settings.ts';
import { languageName } from '../../ui/labels.ts';
import { RangeField } from './RangeField.tsx';
import { SaveStatusLine } from './SaveStatusLine.tsx';
import type { PreviewState } from './use-preview.ts';
import { useEdited } from './use-edited.ts';
import type { VoiceLanguage } from './voice-languages.ts';

interface LanguageVoiceProps {
  readonly language: VoiceLanguage;
  readonly stored: VoiceSetting;
  /** Every voice the engine offers; this language's are picked from them. */
  readonly voices: readonly VoiceInfo[];
  /** This language's preview, while it is spoken or after it failed. */
  readonly preview: PreviewState | undefined;
  readonly onPreview: (text: string, options: SpeechOptions) => void;
  readonly onStop: () => void;
}

/** Why a preview in the language `name` was not heard, and what that means for interviews. */
function previewFailure(reason: SpeechFailure, name: string): string {
  switch (reason) {
    case 'no-voice':
      return `No voice for ${name} is installed. Interviews in ${name} will show the questions as text.`;
    case 'unsupported':
      return 'This browser cannot speak. Interviews will show the questions as text.';
    case 'synthesis-failed':
      return 'The browser could not speak the sample. Try again, or choose another voice.';
  }
}

function sameSetting(a: VoiceSetting, b: VoiceSetting): boolean {
  return a.voiceId === b.voiceId && a.rate === b.rate && a.volume === b.volume;
}

/** The setting with the voice `voiceId`, or with none ('') so that the best voice is chosen. */
function withVoice({ rate, volume }: VoiceSetting, voiceId: string): VoiceSetting {
  return voiceId === '' ? { rate, volume } : { voiceId, rate, volume };
}

/** Voice, rate and volume for one language, saved on every change, and a preview of them. */
export function LanguageVoice({ language, stored, voices, preview, onPreview, onStop }: LanguageVoiceProps) {
  const id = useId();
  const edited = useEdited(stored, sameSetting, (next) => updateVoiceSetting(language.key, next));
  const setting = edited.value;

  const name = languageName(language.key);
  const offered = voicesForLanguage(voices, language.tag);
  // A voice chosen earlier may since have been uninstalled; interviews then use the best one instead.
  const missingId =
    setting.voiceId !== undefined && !offered.some((voice) => voice.id === setting.voiceId)
      ? setting.voiceId
      : undefined;
  const speaking = preview?.phase === 'speaking';
  const sample = language.sample;

  return (
    <fieldset className="settings-group">
      <legend>{name}</legend>
      <div className="voice-fields">
        <div className="field">
          <label htmlFor={`${id}-voice`}>Voice</label>
          <select
            id={`${id}-voice`}
            value={setting.voiceId ?? ''}
            onChange={(event) => {
              edited.change(withVoice(setting, event.target.value));
            }}
          >
            <option value="">
              {offered.length > 0
                ? `Automatic (best voice for ${name})`
                : `Automatic (no ${name} voice installed)`}
            </option>
            {missingId !== undefined && <option value={missingId}>A voice no longer on this device</option>}
            {offered.map((voice) => (
              <option key={voice.id} value={voice.id}>
                {voice.local ? `${voice.name} (on device)` : voice.name}
              </option>
            ))}
          </select>
        </div>
        <RangeField
          id={`${id}-rate`}
          label="Speaking rate"
          min={0.5}
          max={2}
          step={0.1}
          value={setting.rate}
          shown={`${setting.rate.toFixed(1)}×`}
          spoken={`${setting.rate.toFixed(1)} times normal speed`}
          onChange={(rate) => {
            edited.change({ ...setting, rate });
          }}
        />
        <RangeField
          id={`${id}-volume`}
          label="Volume"
          min={0}
          max={1}
          step={0.05}
          value={setting.volume}
          shown={`${Math.round(setting.volume * 100)}%`}
          spoken={`${Math.round(setting.volume * 100)}%`}
          onChange={(volume) => {
            edited.change({ ...setting, volume });
          }}
        />
      </div>
      <div className="voice-actions">
        {sample === undefined ? (
          <p className="hint">
            There is no sample sentence in {name}: you will hear the voice in your next interview.
          </p>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              if (speaking) onStop();
              else onPreview(sample, { ...setting, lang: language.tag });
            }}
          >
            {speaking ? 'Stop' : 'Preview'}
          </button>
        )}
        {preview?.phase === 'speaking' && preview.voice !== undefined && (
          <p className="hint">Speaking with {preview.voice.name}.</p>
        )}
      </div>
      {preview?.phase === 'failed' && (
        <p className="action-failure" role="alert">
          {previewFailure(preview.reason, name)}
        </p>
      )}
      <SaveStatusLine status={edited.status} />
    </fieldset>
  );
}
