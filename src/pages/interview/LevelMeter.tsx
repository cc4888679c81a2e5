import { useEffect, useState } from 'react';
import type { OpenMicrophone } from '../../platform/microphone/microphone.ts';

interface LevelMeterProps {
  readonly microphone: OpenMicrophone;
  /** Called once the first time the level shows that someone is speaking. */
  readonly onHeard?: () => void;
}

/** Level at which the meter counts as "we hear you": well above the noise floor of a quiet room. */
const HEARD_LEVEL = 0.08;

/** The microphone's live level as a meter. */
export function LevelMeter({ microphone, onHeard }: LevelMeterProps) {
  const [level, setLevel] = useState(0);
  useEffect(
    () =>
      microphone.onLevel((value) => {
        setLevel(value);
        if (value >= HEARD_LEVEL) onHeard?.();
      }),
    [microphone, onHeard],
  );
  return (
    <div className="level">
      <span className="level-label">Microphone</span>
      <meter className="level-meter" aria-label="Microphone level" min={0} max={1} low={0.05} value={level} />
    </div>
  );
}
