import type { AnswerAnalysis } from './answer-analysis.ts';
import type { FinalVerdict } from './coverage-verdicts.ts';

/** Fillers stop being a habit worth working on below this many per 100 words. */
export const fillerThreshold = 3;
/** An answer with fewer fillers than this is not told about them, whatever its rate. */
const minimumFillers = 3;
/** The review names at most this many things to change, so the first one is not lost among the others. */
const feedbackLimit = 3;

export type FeedbackKind = 'missed' | 'story' | 'fillers' | 'pace';

/** One thing worth changing about an answer, with the moment that shows it where there is one. */
export interface FeedbackPoint {
  readonly kind: FeedbackKind;
  readonly text: string;
  readonly atMs?: number;
}

function quoted(items: readonly string[]): string {
  return items.map((item) => `“${item}”`).join(', ');
}

function missedPoint(verdicts: readonly FinalVerdict[]): FeedbackPoint | undefined {
  const missed = verdicts.filter((verdict) => !verdict.covered && verdict.heard !== undefined);
  if (missed.length === 0) return undefined;
  const named = missed.slice(0, 2).map((verdict) => verdict.item);
  const more = missed.length - named.length;
  return {
    kind: 'missed',
    // Found by words, not meaning: a point made in other words is missed, and the candidate can tick it.
    text:
      `Not found in the transcript: ${quoted(named)}${more > 0 ? ` and ${String(more)} more` : ''}. ` +
      'Tick any you made in other words.',
  };
}

function storyPoint(analysis: AnswerAnalysis): FeedbackPoint | undefined {
  const star = analysis.star;
  if (star === undefined || star.faults.length === 0) return undefined;
  const action = star.parts.find((part) => part.part === 'action');
  const texts: string[] = [];
  if (star.faults.includes('no action'))
    texts.push('No action heard: say what you yourself did (“I decided…”, “I built…”).');
  if (star.faults.includes('short action') && action !== undefined)
    texts.push(
      `The action is ${String(Math.round(action.share * 100))} % of the story: say more of what you yourself did.`,
    );
  if (star.faults.includes('no result'))
    texts.push('No result heard: end with what changed, in numbers if you can.');
  return {
    kind: 'story',
    text: texts.join(' '),
    ...(action !== undefined && star.faults.includes('short action') ? { atMs: action.startMs } : {}),
  };
}

function fillerPoint(analysis: AnswerAnalysis): FeedbackPoint | undefined {
  const { fillers } = analysis;
  if (fillers.count < minimumFillers || fillers.per100Words < fillerThreshold) return undefined;
  const top = fillers.byText.slice(0, 2);
  const first = fillers.items.find((item) => item.text === top[0]?.text);
  return {
    kind: 'fillers',
    text:
      `${String(fillers.count)} fillers, ${fillers.per100Words.toFixed(1)} per 100 words: ` +
      `${top.map((filler) => `“${filler.text}” ×${String(filler.count)}`).join(', ')}.`,
    ...(first === undefined ? {} : { atMs: first.startMs }),
  };
}

function pacePoint(analysis: AnswerAnalysis): FeedbackPoint | undefined {
  const { pace } = analysis;
  const rate = Math.round(pace.wordsPerMinute);
  const band = `${String(pace.band.min)}–${String(pace.band.max)}`;
  if (pace.verdict === 'fast')
    return {
      kind: 'pace',
      text: `${String(rate)} words a minute while talking, above the ${band} that is easy to follow.`,
      ...(pace.fastStretches[0] === undefined ? {} : { atMs: pace.fastStretches[0].startMs }),
    };
  if (pace.verdict === 'slow')
    return {
      kind: 'pace',
      text: `${String(rate)} words a minute while talking, below the ${band} that keeps attention.`,
    };
  const stretch = pace.fastStretches[0];
  return stretch === undefined
    ? undefined
    : {
        kind: 'pace',
        text: `The pace rises to ${String(Math.round(stretch.wordsPerMinute))} words a minute here.`,
        atMs: stretch.startMs,
      };
}

/**
 * The few things most worth changing in an answer, most important first: what the script expected and
 * was not heard, then a story's missing or thin parts, then fillers, then pace. Nothing when nothing
 * stands out.
 */
export function feedbackOf(
  analysis: AnswerAnalysis,
  verdicts: readonly FinalVerdict[],
): readonly FeedbackPoint[] {
  return [missedPoint(verdicts), storyPoint(analysis), fillerPoint(analysis), pacePoint(analysis)]
    .filter((point) => point !== undefined)
    .slice(0, feedbackLimit);
}
