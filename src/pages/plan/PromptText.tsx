import type { Prompt } from '../../script/model.ts';
import { languageName } from '../../ui/labels.ts';

/**
 * What the interviewer says, paragraph by paragraph, marked with its language where it differs from the
 * script's, so screen readers pronounce it right. Always rendered as text: imported scripts are untrusted.
 */
export function PromptText({ prompt, language }: { readonly prompt: Prompt; readonly language: string }) {
  const paragraphs = prompt.text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
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
  );
}
