import { useId } from 'react';
import type { SessionSettings } from '../../interview/records.ts';
import { SessionSettingsFields } from '../../ui/SessionSettingsFields.tsx';
import { updateSessionSettings } from '../../store/settings.ts';
import { SaveStatusLine } from './SaveStatusLine.tsx';
import { useEdited } from './use-edited.ts';

function sameDefaults(a: SessionSettings, b: SessionSettings): boolean {
  return a.timing === b.timing && a.speech === b.speech;
}

interface InterviewDefaultsProps {
  readonly settings: SessionSettings;
}

/** Timing mode and speech on or off, with which every new interview starts; saved on every change. */
export function InterviewDefaults({ settings }: InterviewDefaultsProps) {
  const id = useId();
  const { value, change, status } = useEdited(settings, sameDefaults, updateSessionSettings);

  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Interview defaults</h2>
      <p className="hint">Every interview you start from now on uses these.</p>
      <SessionSettingsFields value={value} onChange={change} />
      <SaveStatusLine status={status} />
    </section>
  );
}
