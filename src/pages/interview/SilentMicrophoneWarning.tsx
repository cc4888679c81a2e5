import { useEffect, useState } from 'react';
import { SilenceWatch } from '../../interview/silence-watch.ts';
import type { Clock } from '../../platform/clock/clock.ts';
import type { OpenMicrophone } from '../../platform/microphone/microphone.ts';

interface SilentMicrophoneWarningProps {
  readonly microphone: OpenMicrophone | undefined;
  readonly clock: Clock;
  /** Whether the microphone should be hearing the candidate now; the window starts when this turns true. */
  readonly listening: boolean;
}

/**
 * Says at once, in an assertive live region, when the microphone has delivered no sound at all since
 * listening began: the usual cause is a muted or wrong input, and an answer recorded so is lost.
 */
export function SilentMicrophoneWarning({ microphone, clock, listening }: SilentMicrophoneWarningProps) {
  const [silent, setSilent] = useState(false);
  useEffect(() => {
    if (!listening || microphone === undefined) return;
    const watch = new SilenceWatch(clock.now());
    const look = () => {
      setSilent(watch.silentAt(clock.now()));
    };
    const stopListening = microphone.onLevel((level) => {
      watch.hear(level);
      look();
    });
    // Levels may not come at all (a dead input): the deadline is checked on its own as well.
    const cancelAlarm = clock.wakeAt(watch.deadline, look);
    return () => {
      stopListening();
      cancelAlarm();
      setSilent(false);
    };
  }, [microphone, clock, listening]);

  // The region is always there, so screen readers announce the warning when it is put in.
  return (
    <div className="microphone-warning" role="alert">
      {listening && silent && (
        <p className="problem">
          We hear nothing from your microphone: it may be muted, or the wrong input is selected. Check the
          microphone’s mute switch and the input chosen in your system’s sound settings, or choose another
          microphone with the microphone icon in the browser’s address bar. This warning goes away as soon as
          we hear you.
        </p>
      )}
    </div>
  );
}
