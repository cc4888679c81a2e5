/**
 * Reads the "interviewer script" convention of preparation documents (seed 004): `## Mock Interview N:`
 * sections with bold labels such as `**Opening (2 minutes)**:`, quoted prompts, numbered follow-ups and
 * traps, a checkbox expected-response list and an evaluation rubric.
 */
import { LineMap, type PromptDraft, type ScriptDraft } from '../../draft.ts';
import type { Budget } from '../../model.ts';
import { fenceStart, joinParagraphs, readCodeBlock, readItems, splitAt } from '../blocks.ts';
import type { ErrorLog, LineUsage, SourceLine } from '../lines.ts';
import { inferredProbes } from '../probe-links.ts';
import { answerBudgetFrom, checkpointFromItem, defaultBudgets, promptFromItem } from '../prompts.ts';
import type { DocumentShape, ReadScript } from '../shape.ts';
import { kindOf, slugOf, stripQuotes, takeTrailingBudget } from '../text.ts';

const mockInterviewHeading = /^##\s+Mock Interview\s+(\d+)\s*[:.\-–—]\s*(.+?)\s*$/i;

type Label = 'opening' | 'question' | 'code' | 'expected' | 'follow-ups' | 'traps' | 'rubric' | 'closing';

const labels = new Map<string, Label>([
  ['opening', 'opening'],
  ['question', 'question'],
  ['scenario', 'question'],
  ['code', 'code'],
  ['expected candidate response', 'expected'],
  ['expected response', 'expected'],
  ['follow-up questions', 'follow-ups'],
  ['follow-ups', 'follow-ups'],
  ['trap questions', 'traps'],
  ['evaluation rubric', 'rubric'],
  ['rubric', 'rubric'],
  ['closing', 'closing'],
]);
const labelList =
  'Opening, Question, Scenario, Code, Expected Candidate Response, Follow-up Questions, Trap Questions, Evaluation Rubric, Closing';

interface Block {
  readonly label: Label;
  readonly line: number;
  readonly budget?: Budget;
  readonly lines: SourceLine[];
}

/** Check marks before rubric items, as written and as they look after a wrong decoding (MacRoman, Windows-1252). */
const checkMark =
  /^(?:[\u2705\u2713\u2714\u2611\u2610]\uFE0F?|‚úÖ|‚úì|‚úî|‚òë|âœ…|âœ“|âœ”|â˜‘|\[[ xX]?\])+\s*/u;

/** Seed 004's convention: any number of `## Mock Interview N: <title>` sections, one script each. */
export const mockInterviewsShape: DocumentShape = {
  name: 'mock-interviews',
  label: 'Mock interview scripts',
  interprets: false,
  example: '"## Mock Interview 1: …" sections',
  detect: (lines) => (lines.some((line) => mockInterviewHeading.test(line.text)) ? 0.9 : 0),
  parse: parseMockInterviews,
};

/** Every `## Mock Interview` section of a document as its own script draft; other sections are ignored. */
function parseMockInterviews(lines: readonly SourceLine[], log: ErrorLog, usage: LineUsage): ReadScript[] {
  const { sections } = splitAt(lines, (line) =>
    /^##\s/.test(line.text) ? (mockInterviewHeading.exec(line.text) ?? null) : undefined,
  );
  return sections.map(({ start: heading, line, body }) => {
    const lineMap = new LineMap(line.number);
    const blocks = splitBlocks(body, log);
    // A part is read whole (its prompt, list or code) or refused, so its lines are all used.
    usage.use([line, ...blocks.flatMap((block) => [block.line, ...block.lines])]);
    const [, number = '', title = ''] = heading;
    return { draft: buildDraft(number, title, line.number, blocks, lineMap, log), lines: lineMap };
  });
}

const boldLabel = /^\*\*([^*]+?)\*\*\s*(?:\(([^)]*)\))?\s*:?\s*(.*)$/;

/** Splits a section into its labelled blocks; headings, rules and text before the first label are ignored. */
function splitBlocks(lines: readonly SourceLine[], log: ErrorLog): Block[] {
  const { sections } = splitAt(lines, (line) => boldLabel.exec(line.text.trim()) ?? undefined);
  return sections.flatMap(({ start: bold, line, body }) => {
    const block = readLabel(bold, line, log);
    if (!block) return [];
    block.lines.push(...body.filter((l) => !/^(?:#{1,6}\s|---\s*$)/.test(l.text)));
    return [block];
  });
}

function readLabel(bold: RegExpExecArray, line: SourceLine, log: ErrorLog): Block | undefined {
  const split = takeTrailingBudget((bold[1] ?? '').replace(/:\s*$/, ''), line.number, log);
  const label = labels.get(split.text.toLowerCase());
  if (label === undefined) {
    log.add(line.number, `unknown part "**${split.text}**" — expected one of ${labelList}`);
    return undefined;
  }
  const rest = (bold[3] ?? '').trim();
  const after = rest === '' ? [] : [{ number: line.number, text: rest }];
  return { label, line: line.number, ...(split.budget ? { budget: split.budget } : {}), lines: after };
}

function buildDraft(
  number: string,
  title: string,
  heading: number,
  blocks: readonly Block[],
  lineMap: LineMap,
  log: ErrorLog,
): ScriptDraft {
  const seen = new Set<Label>();
  for (const block of blocks) {
    if (seen.has(block.label)) log.add(block.line, `a second "${block.label}" part in this mock interview`);
    seen.add(block.label);
  }
  const find = (label: Label) => blocks.find((b) => b.label === label);
  const promptOf = (label: Label, path: string, fallback: Budget): PromptDraft => {
    const block = find(label);
    lineMap.set(path, block?.line ?? heading);
    const code = block?.lines.find((line) => fenceStart(line.text));
    if (code) log.add(code.number, 'code goes after "**Code**:", not in a prompt');
    const text = block ? stripQuotes(joinParagraphs(block.lines)) : '';
    return { text, budget: block?.budget ?? fallback, hints: [] };
  };
  const question = find('question');
  const code = find('code');
  if (!question && !code)
    log.add(heading, 'this mock interview has no "**Question**:" or "**Scenario**:" part');
  const checkpoints = itemsOf(find('expected'), 'questions.0.checkpoints', lineMap, log).map(
    ({ text, line }) => checkpointFromItem(text, line, log),
  );
  const prompt = question
    ? promptOf('question', 'questions.0.prompt', defaultBudgets.question)
    : { text: 'Here is the code. Please review it.', budget: defaultBudgets.question, hints: [] };
  const askSeconds = (question ?? code)?.budget;
  const sample = code ? readCodeBlock(code.lines, code.line, 'after "**Code**:"', log) : undefined;
  const questionTitle = /\s[-–—:]\s(.+)$/.exec(title)?.[1] ?? title;
  lineMap.set('questions.0', question?.line ?? code?.line ?? heading);
  const promptsOf = (label: Label, path: string) =>
    itemsOf(find(label), path, lineMap, log).map(({ text, line }) =>
      promptFromItem(text, line, defaultBudgets.followUp, log),
    );
  const rubric = itemsOf(find('rubric'), 'questions.0.rubric', lineMap, log).map(({ text }) =>
    stripQuotes(text.replace(checkMark, '')),
  );
  if (askSeconds?.kind === 'window')
    log.add(question?.line ?? heading, 'the time to ask is one value like 1 minute');
  return {
    id: slugOf(title) || `mock-interview-${number}`,
    title,
    kind: kindOf(title),
    language: 'en-US',
    interviewer: 'Interviewer',
    opening: promptOf('opening', 'opening', defaultBudgets.opening),
    questions: [
      {
        title: questionTitle,
        prompt: {
          ...prompt,
          budget: answerBudgetFrom(checkpoints),
        },
        ...(askSeconds?.kind === 'limit' ? { askSeconds: askSeconds.seconds } : {}),
        ...(sample ? { code: sample } : {}),
        checkpoints,
        followUps: promptsOf('follow-ups', 'questions.0.followUps').map((followUp) => {
          const probes = inferredProbes(followUp.text, checkpoints, prompt.text, 'en');
          return probes === undefined ? followUp : { ...followUp, probes: [...probes] };
        }),
        traps: promptsOf('traps', 'questions.0.traps'),
        rubric,
      },
    ],
    closing: promptOf('closing', 'closing', defaultBudgets.closing),
    candidateQuestions: [],
    rubric: [],
  };
}

function itemsOf(block: Block | undefined, path: string, lineMap: LineMap, log: ErrorLog) {
  return readItems(block?.lines ?? [], log).map(({ line, text, below }, index) => {
    lineMap.set(`${path}.${index}`, line);
    return { text: [text, ...below.map((l) => l.text.trim())].join(' '), line };
  });
}
