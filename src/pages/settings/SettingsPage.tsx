import { useEffect, useRef } from 'react';
import type { LanguagePacks } from '../../platform/recognition/recognition.ts';
import type { Speech } from '../../platform/speech/speech.ts';
import { useSettings } from '../../store/use-settings.ts';
import { DeleteAllData } from './DeleteAllData.tsx';
import { InterviewDefaults } from './InterviewDefaults.tsx';
import { InterviewerVoices } from './InterviewerVoices.tsx';
import { SpeechModel } from './SpeechModel.tsx';

/** Settings: how interviews are timed and spoken, the interviewer's voice per language, the speech model for transcripts, and deleting everything. */
export function SettingsPage({
  speech,
  packs,
}: {
  readonly speech: Speech;
  /** The browser's on-device language packs, shown per language with their engine. */
  readonly packs: LanguagePacks;
}) {
  const settings = useSettings();
  const heading = useRef<HTMLHeadingElement>(null);

  // A new page: move focus to its heading so keyboard and screen-reader users start at the top of it.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Settings
      </h1>
      <p className="hint">Your choices are saved on this device as you make them.</p>
      {settings === undefined ? (
        <p className="loading">Loading settings…</p>
      ) : (
        <>
          <InterviewDefaults settings={settings} />
          <InterviewerVoices speech={speech} settings={settings} />
        </>
      )}
      <SpeechModel packs={packs} />
      <DeleteAllData />
    </>
  );
}
