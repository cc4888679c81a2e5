import type { InterviewFigures } from '../../analysis/answer-figures.ts';

/** The interview's totals from its transcripts: checkpoints covered, fillers and pace over every answer. */
export function InterviewFiguresLine({ figures }: { readonly figures: InterviewFigures }) {
  const parts = [
    figures.items > 0
      ? `${String(figures.covered)} of ${String(figures.items)} checklist items covered`
      : undefined,
    figures.fillersPer100Words === undefined
      ? undefined
      : `${figures.fillersPer100Words.toFixed(1)} fillers per 100 words`,
    figures.wordsPerMinute === undefined
      ? undefined
      : `${String(Math.round(figures.wordsPerMinute))} words a minute`,
  ].filter((part) => part !== undefined);
  return (
    <p>
      From the transcripts of {figures.answers} answer{figures.answers === 1 ? '' : 's'}: {parts.join(' · ')}
    </p>
  );
}
