import { useEffect, useRef, useState } from 'react';
import type { ImportDecision, ImportPreview, UnusedLine } from '../../library/import-file.ts';
import { withPromptLanguage } from '../../library/prompt-languages.ts';
import { ImportScriptPreview } from './ImportScriptPreview.tsx';

interface ImportPreviewPanelProps {
  readonly preview: ImportPreview;
  readonly onConfirm: (decision: ImportDecision) => void;
  readonly onCancel: () => void;
}

/**
 * What an import understood, before anything is stored: the shape it read the file as (which the user can
 * change), each script with its questions in order and the language of each prompt (which the user can
 * correct), and every line of the file that went into no script. The user confirms or cancels.
 */
export function ImportPreviewPanel({ preview: first, onConfirm, onCancel }: ImportPreviewPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [preview, setPreview] = useState(first);
  const [scripts, setScripts] = useState(first.scripts);
  const [problems, setProblems] = useState<readonly string[]>([]);
  // The preview replaces what the user was doing: move focus to it so keyboard and screen readers follow.
  useEffect(() => heading.current?.focus(), []);

  const readAs = (shapeName: string) => {
    const read = preview.readAs(shapeName);
    if ('problems' in read) {
      setProblems(read.problems);
      return;
    }
    setProblems([]);
    setPreview(read);
    setScripts(read.scripts);
  };

  const count = scripts.length;
  const scriptCount = `${count} ${count === 1 ? 'script' : 'scripts'}`;
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading" ref={heading} tabIndex={-1}>
        {preview.fileName} read as {preview.shape.label}: {scriptCount}
      </h2>
      <ShapeChoice preview={preview} onChoose={readAs} />
      {problems.length > 0 && (
        <div role="alert">
          <p>That shape cannot read this file:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {scripts.map((script, index) => (
        <ImportScriptPreview
          key={`${preview.shape.name}-${script.id}`}
          script={script}
          onLanguage={(place, language) => {
            setScripts(scripts.map((s, i) => (i === index ? withPromptLanguage(s, place, language) : s)));
          }}
        />
      ))}
      <UnusedLines unused={preview.unused} />
      <div className="import-preview-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            onConfirm({ shape: preview.shape.label, scripts });
          }}
        >
          Import {scriptCount}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

/** The shape the file is read as, and the others; those that cannot read it say why, at the line. */
function ShapeChoice({
  preview,
  onChoose,
}: {
  readonly preview: ImportPreview;
  readonly onChoose: (shapeName: string) => void;
}) {
  const unreadable = preview.shapes.filter((shape) => shape.problem !== undefined);
  return (
    <div className="import-preview-shape">
      <label className="field">
        Read the file as
        <select
          value={preview.shape.name}
          onChange={(event) => {
            onChoose(event.target.value);
          }}
        >
          {preview.shapes.map((shape) => (
            <option key={shape.name} value={shape.name} disabled={shape.problem !== undefined}>
              {shape.problem === undefined ? shape.label : `${shape.label} (cannot read this file)`}
            </option>
          ))}
        </select>
      </label>
      {unreadable.length > 0 && (
        <details>
          <summary>Why the other shapes cannot read it</summary>
          <ul>
            {unreadable.map((shape) => (
              <li key={shape.name}>
                {shape.label}: {shape.problem}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** Every line of the file no script was read from, with its number, so that nothing is dropped unseen. */
function UnusedLines({ unused }: { readonly unused: readonly UnusedLine[] }) {
  if (unused.length === 0) return <p className="import-preview-unused">Every line of the file was used.</p>;
  const lines = `${unused.length} ${unused.length === 1 ? 'line' : 'lines'}`;
  return (
    <section className="import-preview-unused" aria-labelledby="import-preview-unused-heading">
      <h3 id="import-preview-unused-heading">Not used: {lines} of the file</h3>
      {/* Focusable, so that a long list scrolls with the keyboard too. */}
      <ul tabIndex={0} aria-labelledby="import-preview-unused-heading">
        {unused.map(({ line, text }) => (
          <li key={line}>
            <span className="import-preview-line">line {line}:</span> {text.trim()}
          </li>
        ))}
      </ul>
    </section>
  );
}
