import { useCallback, useState } from 'react';
import type { InterviewActions, InterviewView } from '../../interview/connect.ts';
import type { Clock } from '../../platform/clock/clock.ts';
import type { SpeechFailure } from '../../platform/speech/speech.ts';
import { LevelMeter } from './LevelMeter.tsx';
import { SilentMicrophoneWarning } from './SilentMicrophoneWarning.tsx';

interface MicrophoneCheckProps {
  readonly view: InterviewView;
  readonly clock: Clock;
  readonly act: InterviewActions;
}

const speechFailures: Record<SpeechFailure, string> = {
  unsupported: 'This browser cannot speak. The questions will be shown as text.',
  'no-voice': 'No voice for this language is installed. The questions will be shown as text.',
  'synthesis-failed': 'The speech engine failed. The questions will be shown as text if it fails again.',
};

/** Before the first question: microphone permission, a level check and a voice check. */
export function MicrophoneCheck({ view, clock, act }: MicrophoneCheckProps) {
  if (view.step === 'opening-microphone') {
    return (
      <p className="loading" role="status">
        Asking for the microphone… If the browser asks, allow it: answers are recorded and kept on this device
        only.
      </p>
    );
  }
  if (view.step === 'microphone-failed') {
    return (
      <div className="problem" role="alert">
        <p>{view.problem?.message ?? 'The microphone could not be opened.'}</p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            act.retryMicrophone();
          }}
        >
          Try again
        </button>
      </div>
    );
  }
  return <ReadyCheck view={view} clock={clock} act={act} />;
}

/** The checks once the microphone is open; mounted afresh after a reopen, so it listens anew. */
function ReadyCheck({ view, clock, act }: MicrophoneCheckProps) {
  const [heard, setHeard] = useState(false);
  const onHeard = useCallback(() => {
    setHeard(true);
  }, []);
  const { voiceCheck } = view;
  return (
    <div className="check">
      <section aria-labelledby="check-microphone">
        <h2 id="check-microphone">Microphone</h2>
        <p>
          {view.microphone?.label === ''
            ? 'The microphone is on.'
            : `Using ${view.microphone?.label ?? 'the microphone'}.`}
        </p>
        {view.microphone && <LevelMeter microphone={view.microphone} onHeard={onHeard} />}
        <p role="status">{heard ? 'We hear you.' : 'Say something: the bar should move.'}</p>
        <SilentMicrophoneWarning microphone={view.microphone} clock={clock} listening={!heard} />
      </section>
      <section aria-labelledby="check-voice">
        <h2 id="check-voice">Interviewer’s voice</h2>
        <button
          type="button"
          className="button"
          disabled={view.testingVoice}
          onClick={() => {
            act.testVoice();
          }}
        >
          {view.testingVoice ? 'Speaking…' : 'Play the voice'}
        </button>
        <p role="status">
          {voiceCheck === undefined
            ? ''
            : 'voice' in voiceCheck
              ? `Speaking with ${voiceCheck.voice.name} (${voiceCheck.voice.lang}).`
              : speechFailures[voiceCheck.failed]}
        </p>
      </section>
      <button
        type="button"
        className="button button-primary start"
        onClick={() => {
          act.start();
        }}
      >
        Start the interview
      </button>
    </div>
  );
}
