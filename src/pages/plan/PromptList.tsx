import type { Prompt } from '../../script/model.ts';
import { PromptText } from './PromptText.tsx';

/** Follow-ups or traps: each prompt with the time its answer may take. */
interface PromptListProps {
  readonly heading: string;
  readonly prompts: readonly Prompt[];
  /** The script's language, for prompts that do not name their own. */
  readonly language: string;
}

export function PromptList({ heading, prompts, language }: PromptListProps) {
  if (prompts.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      <ol className="prompt-list">
        {prompts.map((prompt, index) => (
          <li key={index}>
            <PromptText prompt={prompt} language={language} />
          </li>
        ))}
      </ol>
    </>
  );
}
