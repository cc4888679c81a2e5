/**
 * Reads the "interviewer script" convention of preparation documents (seed 004): `## Mock Interview N:`
 * sections with bold labels such as `**Opening (2 minutes)**:`, quoted prompts, numbered follow-ups and
 * traps, a checkbox expected-response list and an evaluation rubric.
 */
import { LineMap, type PromptDraft, type ScriptDraft } from './draft.ts';
import type { ErrorLog } from './markdown-lines.ts';
import {
  closesFence,
  fenceStart,
  isBlank,
  joinParagraphs,
  listItemOf,
  readCodeBlock,
  slugOf,
  stripQuotes,
  takeTrailingBudget,
  type SourceLine,
} from './markdown-lines.ts';
import type { Budget, ScriptKind } from './model.ts';
import { answerBudgetFrom, checkpointFromItem, defaultBudgets, promptFromItem } from './parse-app-format.ts';

export const mockInterviewHeading = /^##\s+Mock Interview\s+(\d+)\s*[:.\-–—]\s*(.+?)\s*$/i;

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

/** Parses every `## Mock Interview` section of a document into its own script draft. */
export function parseMockInterviews(
  lines: readonly SourceLine[],
  log: ErrorLog,
): { draft: ScriptDraft; lines: LineMap }[] {
  const sections = splitSections(lines);
  return sections.map(({ heading, number, title, body }) => {
    const lineMap = new LineMap(heading);
    const blocks = splitBlocks(body, log);
    return { draft: buildDraft(number, title, heading, blocks, lineMap, log), lines: lineMap };
  });
}

function splitSections(lines: readonly SourceLine[]) {
  const sections: { heading: number; number: string; title: string; body: SourceLine[] }[] = [];
  let current: SourceLine[] | undefined;
  let fence: string | undefined;
  for (const line of lines) {
    if (fence === undefined && /^##\s/.test(line.text)) {
      const match = mockInterviewHeading.exec(line.text);
      current = match ? [] : undefined;
      if (match && current) {
        sections.push({ heading: line.number, number: match[1] ?? '', title: match[2] ?? '', body: current });
      }
      continue;
    }
    if (fence !== undefined) {
      if (closesFence(line.text, fence)) fence = undefined;
    } else {
      fence = fenceStart(line.text)?.marker;
    }
    current?.push(line);
  }
  return sections;
}

const boldLabel = /^\*\*([^*]+?)\*\*\s*(?:\(([^)]*)\))?\s*:?\s*(.*)$/;

/** Splits a section into its labelled blocks; headings, rules and text before the first label are ignored. */
function splitBlocks(lines: readonly SourceLine[], log: ErrorLog): Block[] {
  const blocks: Block[] = [];
  let fence: { marker: string; line: number } | undefined;
  for (const line of lines) {
    const current = blocks.at(-1);
    if (fence !== undefined) {
      current?.lines.push(line);
      if (closesFence(line.text, fence.marker)) fence = undefined;
      continue;
    }
    const opened = fenceStart(line.text);
    if (opened) fence = { marker: opened.marker, line: line.number };
    const bold = opened ? null : boldLabel.exec(line.text.trim());
    if (bold) {
      const block = readLabel(bold, line, log);
      if (block) blocks.push(block);
      continue;
    }
    if (/^(?:#{1,6}\s|---\s*$)/.test(line.text)) continue;
    current?.lines.push(line);
  }
  if (fence) log.add(fence.line, `this code block has no closing ${fence.marker}`);
  return blocks;
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

/** The kind of interview, from the words its title starts with. */
function kindOf(title: string): ScriptKind {
  const lower = title.toLowerCase();
  const kinds: readonly [string, ScriptKind][] = [
    ['system design', 'system-design'],
    ['architecture', 'architecture'],
    ['problem solving', 'problem-solving'],
    ['code review', 'code-review'],
    ['behavioral', 'behavioral'],
    ['behavioural', 'behavioral'],
    ['screening', 'screening'],
  ];
  return kinds.find(([words]) => lower.startsWith(words))?.[1] ?? 'technical';
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
        followUps: promptsOf('follow-ups', 'questions.0.followUps'),
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
  const items: { text: string; line: number }[] = [];
  for (const line of block?.lines ?? []) {
    if (isBlank(line)) continue;
    const item = listItemOf(line.text);
    if (item) {
      lineMap.set(`${path}.${items.length}`, line.number);
      items.push({ text: item.text.replace(/^\[[ xX]?\]\s*/, ''), line: line.number });
    } else {
      log.add(line.number, `expected a list item ("- …" or "1. …"), found "${line.text.trim()}"`);
    }
  }
  return items;
}
