import { useEffect, useRef } from 'react';
import type { ImportPreview } from '../../library/import-file.ts';
import type { Prompt, Script } from '../../script/model.ts';
import { formatBudget } from '../../script/summary.ts';

interface ImportPreviewPanelProps {
  readonly preview: ImportPreview;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * What an import of notes understood, before anything is stored: each script with its questions in order,
 * the language and time of each prompt, and what is attached to it. The user confirms or cancels.
 */
export function ImportPreviewPanel({ preview, onConfirm, onCancel }: ImportPreviewPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The preview replaces what the user was doing: move focus to it so keyboard and screen readers follow.
  useEffect(() => heading.current?.focus(), []);
  const count = preview.scripts.length;
  const scripts = `${count} ${count === 1 ? 'script' : 'scripts'}`;
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading" ref={heading} tabIndex={-1}>
        {preview.fileName} read as {preview.shape}: {scripts}
      </h2>
      {preview.scripts.map((script) => (
        <ScriptPreview key={script.id} script={script} />
      ))}
      <div className="import-preview-actions">
        <button type="button" className="button button-primary" onClick={onConfirm}>
          Import {scripts}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function ScriptPreview({ script }: { readonly script: Script }) {
  const pool = script.pool ? `, ${script.pool.ask} asked at random` : '';
  return (
    <article className="import-preview-script">
      <h3>{script.title}</h3>
      <p>
        {script.kind}, {script.language}, {script.questions.length} questions{pool}
      </p>
      <ol>
        <li>
          Opening: <PromptPreview prompt={script.opening} />
        </li>
        {script.questions.map((question, index) => (
          <li key={index}>
            {question.title}: <PromptPreview prompt={question.prompt} />
            {question.followUps.length > 0 && `; ${question.followUps.length} follow-ups`}
          </li>
        ))}
        <li>
          Closing: <PromptPreview prompt={script.closing} />
          {script.candidateQuestions.length > 0 &&
            `; ${script.candidateQuestions.length} questions to ask them`}
        </li>
      </ol>
    </article>
  );
}

function PromptPreview({ prompt }: { readonly prompt: Prompt }) {
  const attached = [
    prompt.language ? `spoken in ${prompt.language}` : undefined,
    formatBudget(prompt.budget),
    prompt.modelAnswer ? 'model answer' : undefined,
    prompt.hints.length > 0 ? `${prompt.hints.length} hints` : undefined,
  ].filter((part) => part !== undefined);
  return (
    <>
      “{prompt.text}” <span className="import-preview-facts">({attached.join(', ')})</span>
    </>
  );
}
