import type { Checkpoint, Prompt } from '../../script/model.ts';
import { PromptText } from './PromptText.tsx';

/** Follow-ups or traps: each prompt with the time its answer may take. */
interface PromptListProps {
  readonly heading: string;
  readonly prompts: readonly Prompt[];
  /** The script's language, for prompts that do not name their own. */
  readonly language: string;
  /** The question's checkpoints, named where a follow-up probes them. */
  readonly checkpoints: readonly Checkpoint[];
}

export function PromptList({ heading, prompts, language, checkpoints }: PromptListProps) {
  if (prompts.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      <ol className="prompt-list">
        {prompts.map((prompt, index) => (
          <li key={index}>
            <PromptText prompt={prompt} language={language} />
            {prompt.probes !== undefined && (
              <span className="probes">
                {' '}
                probes: {prompt.probes.map((checkpoint) => checkpoints[checkpoint]?.text ?? '').join(', ')}
              </span>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
