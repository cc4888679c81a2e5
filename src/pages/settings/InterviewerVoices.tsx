import { useId } from 'react';
import type { Speech } from '../../platform/speech/speech.ts';
import { voiceSettingFor, type AppSettings } from '../../store/settings.ts';
import { LanguageVoice } from './LanguageVoice.tsx';
import { usePreview } from './use-preview.ts';
import { useVoices } from './use-voices.ts';
import { voiceLanguages } from './voice-languages.ts';

interface InterviewerVoicesProps {
  readonly speech: Speech;
  readonly settings: AppSettings;
}

/** The interviewer's voice per language, once the engine has said which voices it has. */
export function InterviewerVoices({ speech, settings }: InterviewerVoicesProps) {
  const id = useId();
  const { voices, lookAgain } = useVoices(speech);
  const preview = usePreview(speech);

  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Interviewer voices</h2>
      <p className="hint">
        Each question is spoken in its script’s language, with the voice chosen here for that language, never
        the browser’s default. Voices marked “on device” work offline; the others are the browser’s online
        voices, which send the text to be spoken to the browser’s maker.
      </p>
      {voices === undefined && (
        <p className="loading" role="status">
          Loading voices…
        </p>
      )}
      {voices?.length === 0 && (
        <div className="settings-notice">
          <p>
            <strong>This browser offers no voices</strong>, so interviews will show the questions as text
            instead of speaking them.
          </p>
          <p>
            On Linux, browsers speak through speech-dispatcher. Install it with a voice such as espeak-ng (on
            Debian or Ubuntu: <code>sudo apt install speech-dispatcher espeak-ng</code>), then restart the
            browser.
          </p>
          <button type="button" className="button" onClick={lookAgain}>
            Look again
          </button>
        </div>
      )}
      {voices !== undefined &&
        voiceLanguages(settings).map((language) => (
          <LanguageVoice
            key={language.key}
            language={language}
            stored={voiceSettingFor(settings, language.key)}
            voices={voices}
            preview={preview.state?.key === language.key ? preview.state : undefined}
            onPreview={(text, options) => {
              preview.play(language.key, text, options);
            }}
            onStop={preview.stop}
          />
        ))}
    </section>
  );
}
