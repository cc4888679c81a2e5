import { importLanguages } from '../../script/import/language.ts';
import type { Prompt, Script } from '../../script/model.ts';
import { formatBudget } from '../../script/summary.ts';
import { spokenLanguage, type PromptPlace } from '../../library/prompt-languages.ts';
import { languageName } from '../../ui/labels.ts';

interface ScriptPreviewProps {
  readonly script: Script;
  /** The user corrects the language the prompt at `place` is spoken in. */
  readonly onLanguage: (place: PromptPlace, language: string) => void;
}

/**
 * One script as the import understood it: its questions in order, each prompt with the language it will be
 * spoken in (a choice, as detection can be wrong), its time, and what is attached to it.
 */
export function ImportScriptPreview({ script, onLanguage }: ScriptPreviewProps) {
  const pool = script.pool ? `, ${script.pool.ask} asked at random` : '';
  const language = (name: string, prompt: Prompt, place: PromptPlace) => (
    <LanguageChoice
      name={name}
      value={spokenLanguage(script, prompt)}
      onChange={(value) => {
        onLanguage(place, value);
      }}
    />
  );
  return (
    <article className="import-preview-script">
      <h3>{script.title}</h3>
      <p>
        {script.kind}, {languageName(script.language)}, {script.questions.length} questions{pool}
      </p>
      <ol>
        <li>
          Opening: <PromptPreview prompt={script.opening} />
          {language('Opening', script.opening, 'opening')}
        </li>
        {script.questions.map((question, index) => (
          <li key={index}>
            {question.title}: <PromptPreview prompt={question.prompt} />
            {question.followUps.length > 0 && `; ${question.followUps.length} follow-ups`}
            {language(question.title, question.prompt, { question: index })}
          </li>
        ))}
        <li>
          Closing: <PromptPreview prompt={script.closing} />
          {script.candidateQuestions.length > 0 &&
            `; ${script.candidateQuestions.length} questions to ask them`}
          {language('Closing', script.closing, 'closing')}
        </li>
      </ol>
    </article>
  );
}

function PromptPreview({ prompt }: { readonly prompt: Prompt }) {
  const attached = [
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

interface LanguageChoiceProps {
  /** What the prompt is, for the select's accessible name: "Opening", a question's title. */
  readonly name: string;
  readonly value: string;
  readonly onChange: (language: string) => void;
}

/** The language a prompt is spoken in, among those Viva has voices and phrases for (and its own, if other). */
function LanguageChoice({ name, value, onChange }: LanguageChoiceProps) {
  const choices: readonly string[] = importLanguages.some((tag) => tag === value)
    ? importLanguages
    : [value, ...importLanguages];
  return (
    <select
      className="import-preview-language"
      aria-label={`Language of ${name}`}
      value={value}
      onChange={(event) => {
        onChange(event.target.value);
      }}
    >
      {choices.map((tag) => (
        <option key={tag} value={tag}>
          {languageName(tag)}
        </option>
      ))}
    </select>
  );
}
