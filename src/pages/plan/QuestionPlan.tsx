import type { Question } from '../../script/model.ts';
import { formatSeconds } from '../../script/summary.ts';
import { PromptList } from './PromptList.tsx';
import { PromptText } from './PromptText.tsx';
import { TextList } from './TextList.tsx';

/**
 * One question of the plan: what is asked, how long, what a good answer covers, and what may follow.
 * Hints and model answers are deliberately left out: seeing them before answering would spoil the practice.
 */
interface QuestionPlanProps {
  readonly question: Question;
  readonly number: number;
  /** The script's language: question texts are in it, the labels around them are the app's. */
  readonly language: string;
}

export function QuestionPlan({ question, number, language }: QuestionPlanProps) {
  const { prompt, code, checkpoints, rubric } = question;
  return (
    <>
      <h3>
        <span className="phase-label">Question {number}</span> <span lang={language}>{question.title}</span>
      </h3>
      <PromptText prompt={prompt} language={language} askSeconds={question.askSeconds} />
      {code && (
        <>
          <h4>Code shown on screen</h4>
          {/* Focusable so that keyboard users can scroll code wider than the screen. */}
          <pre className="code" tabIndex={0}>
            <code className={code.language ? `language-${code.language}` : undefined}>{code.source}</code>
          </pre>
        </>
      )}
      {checkpoints.length > 0 && (
        <>
          <h4>Checklist for your answer</h4>
          <ul className="checklist" lang={language}>
            {checkpoints.map((checkpoint, index) => (
              <li key={index}>
                <span>{checkpoint.text}</span>
                {checkpoint.seconds !== undefined && (
                  <span className="minutes" lang="en">
                    {formatSeconds(checkpoint.seconds)}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <PromptList
        heading="Follow-ups"
        prompts={question.followUps}
        language={language}
        checkpoints={question.checkpoints}
      />
      <PromptList
        heading="Trap questions"
        prompts={question.traps}
        language={language}
        checkpoints={question.checkpoints}
      />
      <TextList
        heading={<h4>What a strong answer shows</h4>}
        items={rubric}
        language={language}
        className="rubric"
      />
    </>
  );
}
