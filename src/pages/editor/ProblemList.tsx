import type { ScriptCheck } from './use-script-check.ts';

interface ProblemListProps {
  /** Referenced by the text field's aria-describedby, so its problems are read with it. */
  readonly id: string;
  readonly check: ScriptCheck;
  /** Moves the caret to the start of this line in the text field. */
  readonly onGoToLine: (line: number) => void;
}

const problems = (n: number): string => `${n} ${n === 1 ? 'problem' : 'problems'}`;

/** What the latest check found: each problem with a button to its line, or that there is none. */
export function ProblemList({ id, check, onGoToLine }: ProblemListProps) {
  const { result } = check;
  let summary: string;
  if (result === undefined) summary = 'Checking…';
  else if (result === 'unavailable')
    summary =
      'The checker could not be loaded, so the script cannot be checked or saved. Reload the page (copy your text first).';
  else if (result.ok) summary = 'No problems: the script can be saved.';
  else
    summary = `${problems(result.errors.length)}, fix ${result.errors.length === 1 ? 'it' : 'them'} to save:`;
  return (
    <div id={id} className="editor-problems">
      {/* Polite and short: the count is announced when typing pauses, not every message. */}
      <p
        role="status"
        className={
          result !== undefined && result !== 'unavailable' && !result.ok ? 'problems-found' : undefined
        }
      >
        {summary}
      </p>
      {result !== undefined && result !== 'unavailable' && !result.ok && (
        <ul className="problem-list">
          {result.errors.map(({ line, message }, index) => (
            <li key={index}>
              <button
                type="button"
                className="problem-line"
                onClick={() => {
                  onGoToLine(line);
                }}
              >
                Line {line}
              </button>{' '}
              {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
