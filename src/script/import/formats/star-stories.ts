/**
 * STAR stories (seed 001): numbered stories, each with the questions it fits, a short version (~30 s), a
 * full Situation/Task/Action/Result version (2–3 min) and follow-up questions with answers. Each story
 * becomes a behavioral drill: the short version first, then "the full story", then the follow-ups.
 */
import { parseBudget } from '../../duration.ts';
import type { PromptDraft } from '../../draft.ts';
import type { Budget } from '../../model.ts';
import { headingOf, listItemOf, readItems } from '../blocks.ts';
import { mainLanguage, type ImportLanguage } from '../language.ts';
import { ErrorLog, isBlank, type LineUsage, type SourceLine } from '../lines.ts';
import { firstHeading, labelOf, notesQuestion, notesScript, proseOf } from '../notes.ts';
import { phrases } from '../phrases.ts';
import { spokenAnswerWindow, spokenPrompt } from '../prompts.ts';
import type { DocumentShape, ReadScript } from '../shape.ts';
import { plainText, stripQuotes, takeTrailingBudget } from '../text.ts';

const starLabel =
  /^(?:situation|task|action|result|approach|ситуация|задача|действия|результат|aufgabe|vorgehen|handlung|ergebnis|resultat)$/i;
const storyWord = String.raw`(?:story|legend|geschichte|история|легенда)\s*#?\d+`;
/** A line such as "Story 3: …" starts a story even when it is no heading. */
const storyLine = new RegExp(String.raw`^${storyWord}\b`, 'iu');
/** The numbering before a story's title: "Legend 3:", "Story #2 –", "4." */
const storyNumbering = new RegExp(String.raw`^(?:${storyWord}|#?\d+(?=[:.)\-–—]))\s*[:.)\-–—]?\s*`, 'iu');

type PartKind = 'fits' | 'short' | 'full' | 'follow-ups';
// \b knows only ASCII letters, so word ends are written (?!\p{L}) for German and Russian words.
const partPatterns: readonly (readonly [PartKind, RegExp])[] = [
  [
    'fits',
    /^(?:best for|good for|use (?:it )?for|fits|questions?(?!\p{L})|passt (?:zu|für)|geeignet|fragen(?!\p{L})|подходит|вопросы?(?!\p{L}))/iu,
  ],
  [
    'short',
    /^(?:(?:short|brief|elevator)(?!\p{L})|kurz|коротк|кратк|\d+[- ]?(?:s|sec|second|sekunden|сек)(?!\p{L}))/iu,
  ],
  [
    'full',
    /^(?:full(?!\p{L})|long (?:version|story)|star (?:version|story)|detailed|ausführlich|lange version|langfassung|полн|подробн|\d+\s*[-–]\s*\d+[- ]?(?:m|min))/iu,
  ],
  ['follow-ups', /^(?:follow[- ]?ups?|nachfragen|rückfragen|уточн|дополнительн)/iu],
];

/** What kind of part a heading or label starts, with the budget it names ("Short Version (30 sec)"). */
function partOf(text: string, line: number, log: ErrorLog) {
  const split = takeTrailingBudget(plainText(text), line, log);
  const kind = partPatterns.find(([, pattern]) => pattern.test(split.text))?.[0];
  return kind === undefined ? undefined : { kind, ...(split.budget ? { budget: split.budget } : {}) };
}

interface OutlineEntry {
  readonly index: number;
  readonly level: number;
  readonly title: string;
}

/** Headings, and lines such as "**Story 3: …**" that start a story without being a heading. */
function outlineOf(lines: readonly SourceLine[]): OutlineEntry[] {
  return lines.flatMap((line, index) => {
    const heading = headingOf(line.text);
    if (heading) return [{ index, level: heading.level, title: plainText(heading.text) }];
    const bold = plainText(line.text);
    return storyLine.test(bold) && !listItemOf(line.text) ? [{ index, level: 7, title: bold }] : [];
  });
}

/** A "Situation:" line, as a line of its own or as a list item. */
const isStarLine = (line: SourceLine): boolean =>
  starLabel.test(labelOf(listItemOf(line.text)?.text ?? line.text)?.label ?? '');

/** The stories: the deepest outline entries that hold STAR labels or a short or full version. */
function findStories(lines: readonly SourceLine[]) {
  const outline = outlineOf(lines);
  // Budgets in headings are read, and their errors logged, when the story is read.
  const log = new ErrorLog();
  const ends = outline.map((entry, i) => {
    const next = outline.slice(i + 1).find((other) => other.level <= entry.level);
    return next?.index ?? lines.length;
  });
  const isPart = (entry: OutlineEntry) => partOf(entry.title, 0, log) !== undefined;
  const holdsStory = outline.map((entry, i) => {
    if (isPart(entry)) return false;
    const body = lines.slice(entry.index + 1, ends[i]);
    return (
      body.some(isStarLine) ||
      outline.some((o) => o.index > entry.index && o.index < (ends[i] ?? 0) && isPart(o))
    );
  });
  return outline.flatMap((entry, i) => {
    const end = ends[i] ?? lines.length;
    const deeper = outline.some((o, j) => holdsStory[j] && o.index > entry.index && o.index < end);
    return holdsStory[i] && !deeper ? [{ entry, body: lines.slice(entry.index + 1, end) }] : [];
  });
}

interface StoryPart {
  readonly kind: PartKind;
  readonly line: number;
  readonly budget?: Budget;
  readonly lines: SourceLine[];
}

/** Splits a story into its parts; STAR labels outside any part are the full version. */
function partsOf(body: readonly SourceLine[], log: ErrorLog): StoryPart[] {
  const parts: StoryPart[] = [];
  const loose: SourceLine[] = [];
  for (const line of body) {
    const heading = headingOf(line.text);
    const bold = /^\s*(?:\*\*|__)([^*_]+)(?:\*\*|__)\s*:?\s*$/.exec(line.text)?.[1];
    const label = heading ? undefined : labelOf(line.text);
    const started = partOf(heading?.text ?? bold ?? label?.label ?? '', line.number, log);
    const isQuestionLabel = label !== undefined && /^(?:q|question|frage|вопрос)$/i.test(label.label);
    if (started && !isQuestionLabel && !isStarLine(line)) {
      const rest = !bold && label?.rest ? [{ number: line.number, text: label.rest }] : [];
      parts.push({ ...started, line: line.number, lines: rest });
    } else {
      (parts.at(-1)?.lines ?? loose).push(line);
    }
  }
  if (!parts.some((part) => part.kind === 'full') && loose.some(isStarLine)) {
    parts.push({ kind: 'full', line: loose[0]?.number ?? 0, lines: loose });
  }
  return parts;
}

/** Follow-up questions with their answers: "Q: …" labels, bold questions or list items, answers below. */
function readFollowUps(
  part: StoryPart | undefined,
): { line: number; question: string; answer: SourceLine[] }[] {
  const followUps: { line: number; question: string; answer: SourceLine[] }[] = [];
  for (const line of part?.lines ?? []) {
    if (isBlank(line)) continue;
    const label = labelOf(line.text);
    const plain = plainText(listItemOf(line.text)?.text ?? line.text);
    const asked =
      label && /^(?:q|question|frage|вопрос)$/i.test(label.label) ? plainText(label.rest) : undefined;
    const isAnswer = /^\s*>/.test(line.text) || (label && /^(?:a|answer|antwort|ответ)$/i.test(label.label));
    if (asked !== undefined || (!isAnswer && plain.endsWith('?'))) {
      followUps.push({ line: line.number, question: stripQuotes(asked ?? plain), answer: [] });
    } else {
      const text = label && isAnswer && !/^\s*>/.test(line.text) ? label.rest : line.text;
      followUps.at(-1)?.answer.push({ number: line.number, text });
    }
  }
  return followUps;
}

/** A follow-up budget the document states for all stories, e.g. "Follow-ups: 30-60 seconds each". */
function documentFollowUpBudget(lines: readonly SourceLine[], usage: LineUsage): Budget {
  for (const line of lines) {
    const label = labelOf(plainText(listItemOf(line.text)?.text ?? line.text));
    if (!label || !/^follow[- ]?ups?$/i.test(label.label)) continue;
    const budget = parseBudget(label.rest.replace(/\s+(?:each|jeweils|каждый)\.?$/iu, ''));
    if ('error' in budget) continue;
    usage.use([line]);
    return budget;
  }
  return { kind: 'window', minSeconds: 30, maxSeconds: 60 };
}

const shortDefault: Budget = { kind: 'limit', seconds: 30 };

function readStory(
  title: string,
  line: number,
  parts: readonly StoryPart[],
  document: { readonly language: ImportLanguage; readonly followUpBudget: Budget; readonly usage: LineUsage },
) {
  const { language, followUpBudget, usage } = document;
  // The first part of each kind is read; a second one is left over, and shown as such.
  const part = (kind: PartKind) => parts.find((p) => p.kind === kind);
  const words = phrases[language];
  const fits = part('fits');
  const items = readItems(fits?.lines ?? []);
  const questions = items.map((item) => stripQuotes(plainText(item.text)));
  const [asked = words.tellStory(title), ...alsoFits] = questions;
  const hints = alsoFits.map(words.alsoAnswers);
  const short = part('short');
  const full = part('full');
  const fullAnswer = full ? proseOf(full.lines) : '';
  const fullBudget = full?.budget ?? spokenAnswerWindow;
  const followUpsRead = readFollowUps(part('follow-ups'));
  const followUps: PromptDraft[] = followUpsRead.map(({ question, answer }) =>
    spokenPrompt(question, language, followUpBudget, { modelAnswer: proseOf(answer) }),
  );
  usage.use([
    line,
    ...parts.flatMap((p) => (part(p.kind) === p ? [p.line] : [])),
    ...items.flatMap((item) => [item.line, ...item.below]),
    ...(short?.lines ?? []),
    ...(full?.lines ?? []),
    ...followUpsRead.flatMap((followUp) => [followUp.line, ...followUp.answer]),
  ]);
  const main = short
    ? spokenPrompt(asked, language, short.budget ?? shortDefault, {
        hints,
        modelAnswer: proseOf(short.lines),
      })
    : spokenPrompt(asked, language, fullBudget, { hints, modelAnswer: fullAnswer });
  if (short && full)
    followUps.unshift(spokenPrompt(words.fullStory, language, fullBudget, { modelAnswer: fullAnswer }));
  return { line, question: notesQuestion(title, main, followUps) };
}

function parseStories(lines: readonly SourceLine[], log: ErrorLog, usage: LineUsage): ReadScript[] {
  const stories = findStories(lines).map(({ entry, body }) => ({
    title: entry.title.replace(storyNumbering, '').trim() || entry.title,
    line: entry.index + 1,
    parts: partsOf(body, log),
  }));
  if (stories.length === 0) return [];
  const language = mainLanguage(stories.flatMap((story) => story.parts.map((part) => proseOf(part.lines))));
  const followUpBudget = documentFollowUpBudget(lines, usage);
  const words = phrases[language];
  const heading = firstHeading(lines);
  // The first heading is a story's own when it ends with its title; then the script has a title of its own.
  const named = heading && !stories.some((story) => heading.text.endsWith(story.title)) ? heading : undefined;
  usage.use(named ? [named.number] : []);
  const title = named?.text ?? words.storiesTitle;
  return [
    notesScript({
      title,
      kind: 'behavioral',
      language,
      line: stories[0]?.line ?? 1,
      opening: spokenPrompt(words.storiesOpening, language, { kind: 'limit', seconds: 60 }),
      questions: stories.map((story) =>
        readStory(story.title, story.line, story.parts, { language, followUpBudget, usage }),
      ),
      ask: 3,
    }),
  ];
}

export const starStoriesShape: DocumentShape = {
  name: 'star-stories',
  label: 'STAR stories',
  interprets: true,
  example: 'STAR stories ("Situation:", "Task:", "Action:", "Result:")',
  detect(lines) {
    const labels = new Set(
      lines
        .filter(isStarLine)
        .map((line) => labelOf(listItemOf(line.text)?.text ?? line.text)?.label.toLowerCase()),
    );
    return labels.size >= 3 ? 0.85 : labels.size >= 2 ? 0.4 : 0;
  },
  parse: parseStories,
};
