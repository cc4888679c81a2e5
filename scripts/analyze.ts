/**
 * npm run analyze -- ANSWER.json [--json]
 * Runs the review's analysis of an answer from the command line: coverage of its script question's
 * checklist (when the JSON names a built-in script in content/ and a 0-based question index), fillers,
 * pace, repetitions, the parts of a STAR story, and the points most worth changing. Input: { "language": "en-US", "words": [{ "text", "startMs",
 * "endMs" }, …], "script"?: "<script id>", "question"?: <index> }. Exits 1 on input it cannot use.
 */
import { readFileSync } from 'node:fs';
import { analyseAnswer } from '../src/analysis/answer-analysis.ts';
import { feedbackOf } from '../src/analysis/answer-feedback.ts';
import { parseAnswerJson, type AnswerJson } from '../src/analysis/answer-json.ts';
import { finalVerdicts } from '../src/analysis/coverage-verdicts.ts';
import { formatClock } from '../src/interview/format-clock.ts';
import { asksForStories, questionChecklist } from '../src/script/checklist.ts';
import { keyTermsOfPrompt } from '../src/review/answer-script.ts';
import { listContentFiles, parseFiles } from './content-files.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * The checklist the answer is checked against, from the script and question it names, and whether it is
 * a story (a behavioural script's, or any answer given without a script).
 */
function questionOf(
  file: string,
  answer: AnswerJson,
): { checklist: readonly string[]; keyTerms: readonly string[]; story: boolean } {
  if (answer.script === undefined) return { checklist: [], keyTerms: [], story: true };
  const scripts = parseFiles(listContentFiles()).flatMap(({ result }) => (result.ok ? result.scripts : []));
  const script = scripts.find((candidate) => candidate.id === answer.script);
  if (script === undefined)
    fail(
      `${file}: script: no script "${answer.script}" in content/ (there are ${scripts.map((s) => s.id).join(', ')})`,
    );
  if (answer.question === undefined)
    fail(`${file}: question: is missing: coverage needs the question's index`);
  const question = script.questions[answer.question];
  if (question === undefined)
    fail(`${file}: question: expected 0 to ${String(script.questions.length - 1)} for "${script.id}"`);
  return {
    checklist: questionChecklist(question),
    keyTerms: keyTermsOfPrompt(question.prompt, question.prompt.language ?? script.language),
    story: asksForStories(script),
  };
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const [file, ...extra] = args.filter((arg) => arg !== '--json');
if (file === undefined || extra.length > 0) fail('Usage: npm run analyze -- ANSWER.json [--json]');
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(`${file}: cannot be read: ${error instanceof Error ? error.message : String(error)}`);
}
const parsed = parseAnswerJson(text);
if (!parsed.ok) fail(`${file}: ${parsed.message}`);
const { answer } = parsed;
const analysis = analyseAnswer({
  words: answer.words,
  language: answer.language,
  ...questionOf(file, answer),
});
const feedback = feedbackOf(analysis, finalVerdicts(analysis.coverage, [], []));
const { fillers, pace } = analysis;
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

if (json) {
  console.log(
    JSON.stringify(
      {
        coverage: analysis.coverage.map((verdict) => ({
          checkpoint: verdict.item,
          covered: verdict.covered ?? null,
          ...(verdict.evidence === undefined ? {} : { evidence: verdict.evidence }),
          ...(verdict.missing.length === 0 ? {} : { missing: verdict.missing }),
        })),
        fillers: {
          count: fillers.count,
          per100Words: oneDecimal(fillers.per100Words),
          perMinute: oneDecimal(fillers.perMinute),
          items: fillers.items,
        },
        pace: {
          wordsPerMinute: Math.round(pace.wordsPerMinute),
          overallWordsPerMinute: Math.round(pace.overallWordsPerMinute),
          speakingMs: pace.speakingMs,
          band: pace.band,
          verdict: pace.verdict,
          fastStretches: pace.fastStretches,
        },
        keyTerms: analysis.keyTerms.map((term) => ({
          term: term.item,
          said: term.covered === true,
          ...(term.evidence === undefined ? {} : { evidence: term.evidence }),
        })),
        star: analysis.star ?? null,
        repetition: analysis.repetition,
        feedback,
      },
      null,
      2,
    ),
  );
} else {
  for (const verdict of analysis.coverage) {
    const mark = verdict.covered === true ? 'covered' : verdict.covered === false ? 'missed ' : 'yours  ';
    const detail = verdict.evidence
      ? `at ${formatClock(verdict.evidence.startMs)}: “${verdict.evidence.quote}”`
      : verdict.covered === false
        ? `not found (no ${verdict.missing.map((term) => `“${term}”`).join(', ')} near the rest)`
        : 'only the candidate can judge it';
    console.log(`${mark}  ${verdict.item}  ${detail}`);
  }
  const top = fillers.byText.map((filler) => `${filler.text} ×${String(filler.count)}`).join(', ');
  console.log(
    `fillers  ${String(fillers.count)} (${oneDecimal(fillers.per100Words).toString()} per 100 words, ` +
      `${oneDecimal(fillers.perMinute).toString()} a minute)${top === '' ? '' : `: ${top}`}`,
  );
  console.log(
    `pace     ${String(Math.round(pace.wordsPerMinute))} words a minute while talking (${pace.verdict}; ` +
      `band ${String(pace.band.min)}–${String(pace.band.max)}), ${String(Math.round(pace.overallWordsPerMinute))} overall`,
  );
  if (analysis.keyTerms.length > 0)
    console.log(
      `terms    ${analysis.keyTerms.map((term) => `${term.covered === true ? '✓' : '✗'} ${term.item}`).join(', ')}`,
    );
  const repeated = [...analysis.repetition.phrases, ...analysis.repetition.words];
  if (repeated.length > 0)
    console.log(`repeats  ${repeated.map((item) => `“${item.text}” ×${String(item.count)}`).join(', ')}`);
  const star = analysis.star;
  if (star !== undefined)
    console.log(
      `story    ${star.parts.map((part) => `${part.part} at ${formatClock(part.startMs)} (${String(Math.round(part.share * 100))} %)`).join(', ')}` +
        (star.missing.length === 0 ? '' : `; not heard: ${star.missing.join(', ')}`),
    );
  feedback.forEach((point, index) => {
    const at = point.atMs === undefined ? '' : ` (at ${formatClock(point.atMs)})`;
    console.log(`${index === 0 ? 'change ' : '       '}  ${String(index + 1)}. ${point.text}${at}`);
  });
}
