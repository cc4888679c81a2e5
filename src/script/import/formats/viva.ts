/** Reads the app's own script format (content/README.md): front matter, then ## phases with ### parts. */
import { looksLikeDuration } from '../../duration.ts';
import { LineMap, type PromptDraft, type QuestionDraft, type ScriptDraft } from '../../draft.ts';
import type { Budget, Checkpoint, CodeSample } from '../../model.ts';
import {
  fenceStart,
  headingOf,
  joinParagraphs,
  joinVerbatim,
  readCodeBlock,
  readItems,
  splitAt,
} from '../blocks.ts';
import { isBlank, type ErrorLog, type SourceLine } from '../lines.ts';
import {
  answerBudgetFrom,
  checkpointFromItem,
  defaultBudgets,
  promptFromItem,
  takeProbes,
} from '../prompts.ts';
import type { DocumentShape } from '../shape.ts';
import { readBudget, stripQuotes, takeLanguageTag, takeTrailingBudget, takeTrailingParen } from '../text.ts';

const frontMatterKeys = [
  'id',
  'title',
  'kind',
  'language',
  'interviewer',
  'duration',
  'description',
  'ask',
  'order',
];
const requiredKeys = ['id', 'title', 'kind', 'language', 'interviewer'];

type PhaseKind = 'opening' | 'question' | 'closing' | 'rubric';
type PartName =
  'code' | 'checkpoints' | 'follow-ups' | 'traps' | 'rubric' | 'hints' | 'model answer' | 'your questions';

const partNames = new Map<string, PartName>([
  ['code', 'code'],
  ['checkpoints', 'checkpoints'],
  ['expected response', 'checkpoints'],
  ['follow-ups', 'follow-ups'],
  ['follow-up questions', 'follow-ups'],
  ['followups', 'follow-ups'],
  ['traps', 'traps'],
  ['trap questions', 'traps'],
  ['rubric', 'rubric'],
  ['hints', 'hints'],
  ['model answer', 'model answer'],
  ['your questions', 'your questions'],
]);

const partsOf: Record<Exclude<PhaseKind, 'rubric'>, readonly PartName[]> = {
  opening: ['hints', 'model answer'],
  question: ['code', 'checkpoints', 'follow-ups', 'traps', 'rubric', 'hints', 'model answer'],
  closing: ['hints', 'model answer', 'your questions'],
};

interface Part {
  readonly name: PartName;
  readonly line: number;
  readonly budget?: Budget;
  readonly lines: SourceLine[];
}

interface Phase {
  readonly kind: PhaseKind;
  readonly line: number;
  readonly title?: string;
  readonly attributes?: string;
  readonly body: SourceLine[];
  readonly parts: Part[];
}

/** Viva's own format: front matter on the first line, then ## phases with ### parts. One script a file. */
export const vivaShape: DocumentShape = {
  name: 'viva',
  label: "Viva's script format",
  interprets: false,
  example: 'front matter starting with "---" on the first line',
  detect: (lines) => (lines[0]?.text.trim() === '---' ? 1 : 0),
  parse(lines, log, usage) {
    // Every line is read or refused with an error (front matter comments are comments), so none is left over.
    usage.use(lines);
    const lineMap = new LineMap(1);
    const { fields, bodyStart } = readFrontMatter(lines, lineMap, log);
    const phases = splitPhases(lines.slice(bodyStart), log);
    const draft = buildDraft(fields, phases, lineMap, log);
    return [{ draft, lines: lineMap }];
  },
};

function readFrontMatter(
  lines: readonly SourceLine[],
  lineMap: LineMap,
  log: ErrorLog,
): { fields: Map<string, string>; bodyStart: number } {
  const fields = new Map<string, string>();
  const end = lines.findIndex((line, index) => index > 0 && line.text.trim() === '---');
  if (end < 0) {
    log.add(1, 'the front matter that starts here has no closing "---" line');
    return { fields, bodyStart: lines.length };
  }
  for (const line of lines.slice(1, end)) {
    if (isBlank(line) || line.text.trimStart().startsWith('#')) continue;
    const match = /^\s*([A-Za-z]+)\s*:\s*(.*)$/.exec(line.text);
    const key = match?.[1]?.toLowerCase();
    if (key === undefined) {
      log.add(line.number, `expected "key: value" in the front matter, found "${line.text.trim()}"`);
    } else if (!frontMatterKeys.includes(key)) {
      log.add(
        line.number,
        `unknown front matter key "${key}" — expected one of ${frontMatterKeys.join(', ')}`,
      );
    } else if (fields.has(key)) {
      log.add(line.number, `"${key}" is given twice in the front matter`);
    } else {
      fields.set(key, stripQuotes(match?.[2] ?? ''));
      lineMap.set(key, line.number);
    }
  }
  const closingLine = lines[end]?.number ?? 1;
  for (const key of requiredKeys) {
    if (!fields.has(key)) log.add(closingLine, `the front matter needs "${key}: …"`);
  }
  return { fields, bodyStart: end + 1 };
}

const phaseHeading = /^(opening|question|closing|rubric)\b\s*(.*)$/i;

/** Splits the body into phases and their ### parts, keeping fenced code intact. */
function splitPhases(lines: readonly SourceLine[], log: ErrorLog): Phase[] {
  const phases: Phase[] = [];
  const { outside, sections } = splitAt(lines, (line) => headingOf(line.text));
  const stray = outside.find((line) => !isBlank(line));
  if (stray) log.add(stray.number, 'expected "## Opening" after the front matter');
  for (const { start: heading, line, body } of sections) {
    let target: SourceLine[] | undefined;
    if (heading.level === 2) {
      const phase = readPhaseHeading(heading.text, line.number, log);
      if (phase) phases.push(phase);
      target = phase?.body;
    } else if (heading.level === 3) {
      target = addPart(phases.at(-1), heading.text, line.number, log);
    } else {
      log.add(
        line.number,
        'use "## " for the phases (Opening, Question, Closing, Rubric) and "### " for their parts',
      );
    }
    target?.push(...body);
  }
  return phases;
}

function readPhaseHeading(text: string, line: number, log: ErrorLog): Phase | undefined {
  const match = phaseHeading.exec(text);
  const kind = match?.[1]?.toLowerCase() as PhaseKind | undefined;
  if (kind === undefined) {
    log.add(line, `unknown section "## ${text}" — expected Opening, Question, Closing or Rubric`);
    return undefined;
  }
  const { text: rest, attributes } = takeTrailingParen(match?.[2] ?? '', isAttributeList);
  const title = /^:\s*(.*)$/.exec(rest)?.[1]?.trim();
  if (rest !== '' && (kind !== 'question' || title === undefined)) {
    log.add(line, `unexpected "${rest}" after "## ${match?.[1] ?? ''}"`);
  }
  if (attributes !== undefined && kind === 'rubric') log.add(line, '"## Rubric" takes no time');
  return {
    kind,
    line,
    ...(title ? { title } : {}),
    ...(attributes === undefined ? {} : { attributes }),
    body: [],
    parts: [],
  };
}

const attributeParts = (attributes: string): string[] => attributes.split(/\s*;\s*|,\s+/);
const isAttributeList = (inner: string): boolean =>
  attributeParts(inner).every((part) => looksLikeDuration(part) || /^ask\b/i.test(part));

function addPart(
  phase: Phase | undefined,
  text: string,
  line: number,
  log: ErrorLog,
): SourceLine[] | undefined {
  if (!phase || phase.kind === 'rubric') {
    log.add(line, `"### ${text}" must be inside an Opening, Question or Closing section`);
    return undefined;
  }
  const split = takeTrailingBudget(text, line, log);
  const name = partNames.get(split.text.toLowerCase());
  const allowed = partsOf[phase.kind];
  if (name === undefined || !allowed.includes(name)) {
    const list = allowed.map((n) => `### ${capitalized(n)}`).join(', ');
    log.add(line, `unknown part "### ${split.text}" in ${phase.kind} — expected ${list}`);
    return undefined;
  }
  if (phase.parts.some((part) => part.name === name)) {
    log.add(line, `"### ${split.text}" appears twice in this section`);
    return undefined;
  }
  if (split.budget && name !== 'follow-ups' && name !== 'traps') {
    log.add(line, 'only ### Follow-ups and ### Traps take a budget');
  }
  const part: Part = { name, line, ...(split.budget ? { budget: split.budget } : {}), lines: [] };
  phase.parts.push(part);
  return part.lines;
}

function buildDraft(
  fields: Map<string, string>,
  phases: readonly Phase[],
  lineMap: LineMap,
  log: ErrorLog,
): ScriptDraft {
  checkOrder(phases, log);
  const opening = phases.find((p) => p.kind === 'opening');
  const closing = phases.find((p) => p.kind === 'closing');
  const lastLine = phases.at(-1)?.line ?? 1;
  if (!opening) log.add(phases[0]?.line ?? lastLine, 'a script starts with "## Opening"');
  if (!closing) log.add(lastLine, 'a script ends with "## Closing" (a "## Rubric" may follow it)');
  const questions = phases
    .filter((p) => p.kind === 'question')
    .map((phase, index) => readQuestion(phase, index, lineMap, log));
  const rubricPhase = phases.find((p) => p.kind === 'rubric');
  lineMap.set('questions', closing?.line ?? lastLine);
  const draft: ScriptDraft = {
    opening: opening
      ? readPhasePrompt(opening, 'opening', phaseBudget(opening, log) ?? defaultBudgets.opening, lineMap, log)
      : emptyPrompt(),
    questions,
    closing: closing
      ? readPhasePrompt(closing, 'closing', phaseBudget(closing, log) ?? defaultBudgets.closing, lineMap, log)
      : emptyPrompt(),
    candidateQuestions: closing ? listOf(closing, 'your questions', 'candidateQuestions', lineMap, log) : [],
    rubric: rubricPhase ? readList(rubricPhase.body, 'rubric', lineMap, log).map(stripQuotes) : [],
  };
  for (const key of ['id', 'title', 'kind', 'language', 'interviewer', 'description'] as const) {
    const value = fields.get(key);
    if (value !== undefined) draft[key] = value;
  }
  readNumbers(fields, draft, lineMap, log);
  return draft;
}

function readNumbers(fields: Map<string, string>, draft: ScriptDraft, lineMap: LineMap, log: ErrorLog): void {
  const duration = fields.get('duration');
  if (duration !== undefined) {
    const line = lineMap.lineOf(['duration']);
    const budget = readBudget(duration, line, log);
    if (budget?.kind === 'window') log.add(line, 'the duration is one time like 45m, not a window');
    else if (budget) draft.durationSeconds = budget.seconds;
    lineMap.set('durationSeconds', line);
  }
  const ask = fields.get('ask');
  const order = fields.get('order');
  if (ask === undefined && order !== undefined) {
    log.add(lineMap.lineOf(['order']), '"order" needs "ask: N" — how many of the questions to ask');
  }
  if (ask !== undefined) {
    const count = /^\d+$/.test(ask) ? Number(ask) : Number.NaN;
    if (Number.isNaN(count)) log.add(lineMap.lineOf(['ask']), `"ask" must be a whole number, found "${ask}"`);
    draft.pool = { ask: count, order: order ?? 'in order' };
    lineMap.set('pool', lineMap.lineOf(['ask']));
    lineMap.set('pool.order', lineMap.lineOf(['order', 'ask']));
  }
}

const capitalized = (word: string): string => `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`;

function checkOrder(phases: readonly Phase[], log: ErrorLog): void {
  const rank: Record<PhaseKind, number> = { opening: 0, question: 1, closing: 2, rubric: 3 };
  const seen = new Set<PhaseKind>();
  let highest = 0;
  for (const phase of phases) {
    if (phase.kind !== 'question' && seen.has(phase.kind)) {
      log.add(phase.line, `a second "## ${capitalized(phase.kind)}" section — a script has one`);
    } else if (rank[phase.kind] < highest) {
      log.add(phase.line, 'sections go in this order: Opening, the questions, Closing, Rubric');
    }
    seen.add(phase.kind);
    highest = Math.max(highest, rank[phase.kind]);
  }
}

const emptyPrompt = (): PromptDraft => ({ text: '', budget: defaultBudgets.opening, hints: [] });

const phaseBudget = (phase: Phase, log: ErrorLog): Budget | undefined =>
  phase.attributes === undefined ? undefined : readBudget(phase.attributes, phase.line, log);

function readPhasePrompt(
  phase: Phase,
  path: string,
  budget: Budget,
  lineMap: LineMap,
  log: ErrorLog,
): PromptDraft {
  lineMap.set(path, phase.line);
  const code = phase.body.find((line) => fenceStart(line.text));
  if (code) log.add(code.number, 'code goes under "### Code" in a question');
  const { text, language } = takeLanguageTag(stripQuotes(joinParagraphs(phase.body)));
  if (text === '') log.add(phase.line, 'write what the interviewer says under this heading');
  const modelAnswer = partOf(phase, 'model answer');
  return {
    text,
    ...(language ? { language } : {}),
    budget,
    hints: listOf(phase, 'hints', `${path}.hints`, lineMap, log),
    ...(modelAnswer ? { modelAnswer: joinVerbatim(modelAnswer.lines.map((l) => l.text)) } : {}),
  };
}

function readQuestion(phase: Phase, index: number, lineMap: LineMap, log: ErrorLog): QuestionDraft {
  const path = `questions.${index}`;
  lineMap.set(path, phase.line);
  let budget: Budget | undefined;
  let askSeconds: number | undefined;
  for (const attribute of phase.attributes === undefined ? [] : attributeParts(phase.attributes)) {
    const ask = /^ask\s+(.*)$/i.exec(attribute);
    const read = readBudget(ask?.[1] ?? attribute, phase.line, log);
    if (!ask) budget = read ?? budget;
    else if (read?.kind === 'window') log.add(phase.line, 'the time to ask is one value like 1m');
    else if (read) askSeconds = read.seconds;
  }
  const checkpoints = readCheckpoints(phase, path, lineMap, log);
  const code = readCode(phase, log);
  return {
    title: phase.title ?? `Question ${index + 1}`,
    prompt: readPhasePrompt(phase, `${path}.prompt`, budget ?? answerBudgetFrom(checkpoints), lineMap, log),
    ...(askSeconds === undefined ? {} : { askSeconds }),
    ...(code ? { code } : {}),
    checkpoints,
    followUps: readPrompts(phase, 'follow-ups', `${path}.followUps`, lineMap, log),
    traps: readPrompts(phase, 'traps', `${path}.traps`, lineMap, log),
    rubric: listOf(phase, 'rubric', `${path}.rubric`, lineMap, log),
  };
}

const partOf = (phase: Phase, name: PartName): Part | undefined => phase.parts.find((p) => p.name === name);

function listOf(phase: Phase, name: PartName, path: string, lineMap: LineMap, log: ErrorLog): string[] {
  const part = partOf(phase, name);
  return part ? readList(part.lines, path, lineMap, log).map(stripQuotes) : [];
}

function readCode(phase: Phase, log: ErrorLog): CodeSample | undefined {
  const part = partOf(phase, 'code');
  return part ? readCodeBlock(part.lines, part.line, 'under "### Code"', log) : undefined;
}

/** A plain list: indented lines under an item continue its text. */
function readList(lines: readonly SourceLine[], path: string, lineMap: LineMap, log: ErrorLog): string[] {
  return readItems(lines, log).map((item, index) => {
    lineMap.set(`${path}.${index}`, item.line);
    return [item.text, ...item.below.map((l) => l.text.trim())].join(' ');
  });
}

function readCheckpoints(phase: Phase, path: string, lineMap: LineMap, log: ErrorLog): Checkpoint[] {
  return listOf(phase, 'checkpoints', `${path}.checkpoints`, lineMap, log).map((text, index) =>
    checkpointFromItem(text, lineMap.lineOf([path, 'checkpoints', index]), log),
  );
}

/** Follow-ups or traps: each item a prompt, with `> model answer` and `Hint:` lines indented under it. */
function readPrompts(
  phase: Phase,
  name: PartName,
  path: string,
  lineMap: LineMap,
  log: ErrorLog,
): PromptDraft[] {
  const part = partOf(phase, name);
  if (!part) return [];
  return readItems(part.lines, log).map((item, index) => {
    lineMap.set(`${path}.${index}`, item.line);
    const answer: string[] = [];
    const hints: string[] = [];
    const words = [item.text];
    for (const line of item.below) {
      const content = line.text.trim().replace(/^[-*+]\s+/, '');
      const quoted = /^>\s?(.*)$/.exec(content);
      const hint = /^hint:\s*(.*)$/i.exec(content);
      if (quoted) answer.push(quoted[1] ?? '');
      else if (hint) hints.push(hint[1] ?? '');
      else words.push(content);
    }
    const linked = takeProbes(words.join(' '), item.line, log);
    const prompt = promptFromItem(linked.text, item.line, part.budget ?? defaultBudgets.followUp, log, {
      hints,
      modelAnswer: joinVerbatim(answer),
    });
    return linked.probes === undefined ? prompt : { ...prompt, probes: linked.probes };
  });
}
