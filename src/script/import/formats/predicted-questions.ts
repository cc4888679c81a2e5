/**
 * Predicted questions by area (seed 003): a "Predicted interview questions" section whose areas
 * ("Technical — Go & gRPC", or sub-headings) list the questions with notes, and a "Questions to ask them"
 * section. Each area becomes its own script, because an area is what one interviewer of the loop asks
 * (a Go round, a design round, a behavioral round) and its questions need the same kind of time; the
 * questions to ask are offered in every closing. The rest of the document (job, company, plans) is not used.
 */
import { headingOf, listItemOf, readItems } from '../blocks.ts';
import { mainLanguage, type ImportLanguage } from '../language.ts';
import { indentOf, isBlank, type ErrorLog, type LineUsage, type SourceLine } from '../lines.ts';
import { firstHeading, notesQuestion, notesScript } from '../notes.ts';
import { spokenAnswerWindow, spokenPrompt } from '../prompts.ts';
import type { DocumentShape, ReadScript } from '../shape.ts';
import { kindOf, plainText, stripQuotes, takeTrailingBudget, titleOf } from '../text.ts';

const predictedHeading =
  /(?:predicted|likely|expected|possible|probable|typical|common|anticipated)\b.*\bquestions|questions (?:by area|they (?:may|might|will) ask)|(?:erwartete|mögliche|typische|wahrscheinliche) (?:interview)?fragen|(?:вероятные|возможные|ожидаемые|типичные) вопросы/iu;
const askHeading =
  /questions? (?:to ask|for (?:them|the interviewer|the company))|ask (?:them|the interviewer)|your questions|fragen an (?:das unternehmen|den arbeitgeber|die firma|sie)|eigene fragen|вопросы (?:работодателю|к (?:ним|работодателю|интервьюеру|компании))/iu;

/** The lines under the first heading `pattern` recognises, up to the next heading of its level or above. */
function sectionUnder(lines: readonly SourceLine[], pattern: RegExp) {
  const start = lines.findIndex((line) => pattern.test(headingOf(line.text)?.text ?? ''));
  const heading = headingOf(lines[start]?.text ?? '');
  if (start < 0 || !heading) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => (headingOf(line.text)?.level ?? 7) <= heading.level);
  return {
    title: plainText(heading.text),
    line: lines[start]?.number ?? 1,
    body: rest.slice(0, end < 0 ? undefined : end),
  };
}

interface Area {
  readonly title: string;
  readonly line: number;
  readonly lines: SourceLine[];
}

/** Areas start at a sub-heading or at a line of prose that a list follows ("Databases & Caching"). */
function areasOf(section: { title: string; line: number; body: readonly SourceLine[] }): Area[] {
  const areas: Area[] = [];
  const { body } = section;
  body.forEach((line, index) => {
    const next = body.slice(index + 1).find((l) => !isBlank(l));
    const heading = headingOf(line.text);
    const startsArea =
      heading !== undefined ||
      (!isBlank(line) &&
        indentOf(line.text) === 0 &&
        !listItemOf(line.text) &&
        !!next &&
        !!listItemOf(next.text));
    if (startsArea) {
      const title = plainText(heading?.text ?? line.text).replace(/\s*(?:\([^)]*\))?\s*:?$/u, '');
      areas.push({ title, line: line.number, lines: [] });
    } else {
      // Questions before any area belong to one named after the section.
      let area = areas.at(-1);
      if (!area) {
        area = { title: section.title, line: section.line, lines: [] };
        areas.push(area);
      }
      area.lines.push(line);
    }
  });
  return areas;
}

/** A question item: its quoted words are the question, the rest ("— have a repo ready") a hint. */
function questionOf(text: string): { question: string; note?: string } {
  const quoted = /^[“"«„]([^”"»“]+)[”"»“]\s*(?:[—–-]\s*|\(\s*)?(.*?)\)?$/u.exec(text.trim());
  if (!quoted) return { question: stripQuotes(text) };
  const note = quoted[2]?.trim() ?? '';
  return { question: (quoted[1] ?? '').trim(), ...(note ? { note } : {}) };
}

/** An area's questions as written: the question, its note, its budget and the lines under it. */
function readQuestions(area: Area, log: ErrorLog) {
  return readItems(area.lines).map((item) => {
    const split = takeTrailingBudget(plainText(item.text), item.line, log);
    return { item, ...questionOf(split.text), budget: split.budget ?? spokenAnswerWindow };
  });
}

function readArea(
  area: Area,
  read: ReturnType<typeof readQuestions>,
  document: { title: string; language: ImportLanguage; ask: readonly string[]; usage: LineUsage },
): ReadScript | undefined {
  if (read.length === 0) return undefined;
  const { language, usage } = document;
  usage.use([area.line, ...read.flatMap(({ item }) => [item.line, ...item.below])]);
  const questions = read.map(({ item, question, note, budget }) => {
    const hints = [
      ...(note ? [note] : []),
      ...item.below.map((l) => plainText(listItemOf(l.text)?.text ?? l.text)),
    ];
    const prompt = spokenPrompt(question, language, budget, { hints });
    return { line: item.line, question: notesQuestion(titleOf(prompt.text), prompt) };
  });
  return notesScript({
    title: `${document.title} — ${area.title}`,
    kind: kindOf(area.title),
    language,
    line: area.line,
    questions,
    candidateQuestions: document.ask,
  });
}

function parsePredicted(lines: readonly SourceLine[], log: ErrorLog, usage: LineUsage): ReadScript[] {
  const predicted = sectionUnder(lines, predictedHeading);
  if (!predicted) return [];
  const askSection = sectionUnder(lines, askHeading);
  const askItems = (askSection?.body ?? []).flatMap((line) => {
    const item = listItemOf(line.text);
    return item ? [{ line, question: questionOf(plainText(item.text)).question }] : [];
  });
  const ask = askItems.map(({ question }) => question);
  const heading = firstHeading(lines);
  usage.use([
    predicted.line,
    ...(askSection && ask.length > 0 ? [askSection.line] : []),
    ...askItems.map(({ line }) => line),
    ...(heading ? [heading.number] : []),
  ]);
  // "Interview Prep: ACME" names the company; every area's title starts with it.
  const title = (heading?.text ?? predicted.title).replace(
    /^(?:interview )?prep(?:aration)?(?: for)?:\s*/iu,
    '',
  );
  const areas = areasOf(predicted).map((area) => ({ area, read: readQuestions(area, log) }));
  // One language for all the areas, so that a short area of foreign questions is not spoken by another voice.
  const language = mainLanguage(areas.flatMap(({ read }) => read.map((r) => r.question)));
  return areas.flatMap(({ area, read }) => readArea(area, read, { title, language, ask, usage }) ?? []);
}

export const predictedQuestionsShape: DocumentShape = {
  name: 'predicted-questions',
  label: 'Predicted questions by area',
  interprets: true,
  example: 'a "Predicted interview questions" section with areas, and "Questions to ask them"',
  detect: (lines) => {
    const headings = lines.map((line) => headingOf(line.text)?.text ?? '');
    if (!headings.some((text) => predictedHeading.test(text))) return 0;
    return headings.some((text) => askHeading.test(text)) ? 0.9 : 0.75;
  },
  parse: parsePredicted,
};
