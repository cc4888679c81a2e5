import type { Prompt } from '../../script/model.ts';
import { formatBudget, formatSeconds } from '../../script/summary.ts';
import { languageName } from '../../ui/labels.ts';

interface PromptTextProps {
  readonly prompt: Prompt;
  /** The script's language, for prompts that do not name their own. */
  readonly language: string;
  /** How long the interviewer takes to present it, where the script says. */
  readonly askSeconds?: number | undefined;
}

/**
 * What the interviewer says, paragraph by paragraph, marked with its language where it differs from the
 * script's, so screen readers pronounce it right, then the time its answer may take. Always rendered as
 * text: imported scripts are untrusted.
 */
export function PromptText({ prompt, language, askSeconds }: PromptTextProps) {
  const paragraphs = prompt.text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <>
      <div className="prompt" lang={prompt.language ?? language}>
        {prompt.language && (
          <span className="tag" lang="en" title={languageName(prompt.language)}>
            {prompt.language}
          </span>
        )}
        {paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <p className="budget">
        {askSeconds !== undefined && <>Asked in {formatSeconds(askSeconds)} · </>}
        Answer {formatBudget(prompt.budget)}
      </p>
    </>
  );
}
