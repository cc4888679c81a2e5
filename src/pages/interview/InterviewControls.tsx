import type { UserEventType } from '../../interview/events.ts';
import type { InterviewView } from '../../interview/connect.ts';
import { shortcutKeys } from './use-shortcuts.ts';

interface InterviewControlsProps {
  readonly view: InterviewView;
  readonly send: (type: UserEventType) => void;
  readonly onAbort: () => void;
}

interface Control {
  readonly type: keyof typeof shortcutKeys;
  readonly label: string;
  readonly primary?: boolean;
}

const controls: readonly Control[] = [
  { type: 'user.done', label: 'Done answering', primary: true },
  { type: 'user.pause', label: 'Pause' },
  { type: 'user.resume', label: 'Resume', primary: true },
  { type: 'user.repeat', label: 'Repeat the question' },
  { type: 'user.nextSection', label: 'Next section' },
  { type: 'user.skip', label: 'Skip' },
  { type: 'user.abort', label: 'End interview' },
];

const keyNames: Record<string, string> = { Escape: 'Esc' };

/** The buttons of a turn, each with its keyboard shortcut shown; only what can be done now is offered. */
export function InterviewControls({ view, send, onAbort }: InterviewControlsProps) {
  const offered = controls.filter((control) => view.available.has(control.type));
  return (
    <div className="controls" role="group" aria-label="Interview controls">
      {offered.map((control) => {
        const key = shortcutKeys[control.type];
        // On a caption without speech, "done" means "I have read it"; after the microphone could not be
        // found again, Resume asks for it once more.
        const label =
          control.type === 'user.done' && view.step === 'reading'
            ? 'Start answering'
            : control.type === 'user.resume' && view.problem?.kind === 'microphone'
              ? 'Try again'
              : control.label;
        return (
          <button
            key={control.type}
            type="button"
            className={control.primary === true ? 'button button-primary' : 'button'}
            aria-keyshortcuts={key}
            onClick={() => {
              if (control.type === 'user.abort') onAbort();
              else send(control.type);
            }}
          >
            {label} <kbd>{keyNames[key] ?? key}</kbd>
          </button>
        );
      })}
    </div>
  );
}
