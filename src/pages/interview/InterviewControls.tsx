import type { InterviewActions, InterviewView } from '../../interview/connect.ts';
import { shortcutKeys, type ShortcutCommand } from './use-shortcuts.ts';

interface InterviewControlsProps {
  readonly view: InterviewView;
  readonly act: InterviewActions;
  readonly onAbort: () => void;
}

interface Control {
  readonly command: ShortcutCommand;
  readonly label: string;
  readonly primary?: boolean;
}

const controls: readonly Control[] = [
  { command: 'done', label: 'Done answering', primary: true },
  { command: 'pause', label: 'Pause' },
  { command: 'resume', label: 'Resume', primary: true },
  { command: 'repeat', label: 'Repeat the question' },
  { command: 'nextSection', label: 'Next section' },
  { command: 'skip', label: 'Skip' },
  { command: 'abort', label: 'End interview' },
];

const keyNames: Record<string, string> = { Escape: 'Esc' };

/** The buttons of a turn, each with its keyboard shortcut shown; only what can be done now is offered. */
export function InterviewControls({ view, act, onAbort }: InterviewControlsProps) {
  const offered = controls.filter((control) => view.can[control.command]);
  return (
    <div className="controls" role="group" aria-label="Interview controls">
      {offered.map((control) => {
        const key = shortcutKeys[control.command];
        // On a caption without speech, "done" means "I have read it"; after the microphone could not be
        // found again, Resume asks for it once more.
        const label =
          control.command === 'done' && view.step === 'reading'
            ? 'Start answering'
            : control.command === 'resume' && view.problem?.kind === 'microphone'
              ? 'Try again'
              : control.label;
        return (
          <button
            key={control.command}
            type="button"
            className={control.primary === true ? 'button button-primary' : 'button'}
            aria-keyshortcuts={key}
            onClick={() => {
              if (control.command === 'abort') onAbort();
              else act[control.command]();
            }}
          >
            {label} <kbd>{keyNames[key] ?? key}</kbd>
          </button>
        );
      })}
    </div>
  );
}
