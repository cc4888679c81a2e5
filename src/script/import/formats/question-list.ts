/**
 * A numbered list of questions with notes (seed 002): "1) …", "2. …" or "Q3: …" at the start of a line,
 * the question maybe wrapped over a few lines, then notes up to the next question: list items are hints,
 * prose is the model answer (or a hint when it says what they want to hear). Languages may change from one
 * question to the next; each question is spoken in its own. The questions form a pool.
 */
import type { ErrorLog, LineUsage, SourceLine } from '../lines.ts';
import { isBlank } from '../lines.ts';
import { headingOf, listItemOf } from '../blocks.ts';
import { detectLanguage, mainLanguage } from '../language.ts';
import { firstHeading, notesQuestion, notesScript, proseOf } from '../notes.ts';
import { phrases } from '../phrases.ts';
import { spokenPrompt } from '../prompts.ts';
import type { Budget } from '../../model.ts';
import type { DocumentShape, ReadScript } from '../shape.ts';
import { kindOf, plainText, takeTrailingBudget, titleOf } from '../text.ts';

const numbered = /^(?:q|frage|вопрос)?\s*#?(\d{1,3})\s*[.):]\s+(\S.*)$/iu;
const hintMark =
  /^(?:hints?|tips?|notes?|hinweis|tipp|подсказка|совет)\s*:|want to hear|wants to hear|hören wollen|хотят услышать/iu;
/** A screening question's answer: a minute or two. */
const questionWindow: Budget = { kind: 'window', minSeconds: 60, maxSeconds: 120 };
/** How many questions one interview draws from the list. */
const questionsPerInterview = 8;

interface ListedQuestion {
  readonly line: number;
  readonly words: string[];
  readonly notes: SourceLine[];
}

/** Whether the question goes on on the next line: it stops mid-sentence and the line goes on in lower case. */
const continues = (words: readonly string[], next: SourceLine): boolean =>
  !/[?:.!]["»“”]?$/u.test(words.at(-1) ?? '') && /^\s*\p{Ll}/u.test(next.text) && !listItemOf(next.text);

/**
 * Whether the line finishes the question before the current one, which stopped at a comma: notes pasted
 * together interleave two questions' lines, and the language tells which line goes on which question.
 */
function resumes(unfinished: ListedQuestion | undefined, current: ListedQuestion, line: SourceLine): boolean {
  if (!unfinished || !(unfinished.words.at(-1) ?? '').endsWith(',') || !continues(unfinished.words, line))
    return false;
  const language = detectLanguage(line.text);
  return (
    language === detectLanguage(unfinished.words.join(' ')) &&
    language !== detectLanguage(current.words.join(' '))
  );
}

function readQuestions(lines: readonly SourceLine[], usage: LineUsage): ListedQuestion[] {
  const questions: ListedQuestion[] = [];
  let current: ListedQuestion | undefined;
  let asking = false;
  for (const line of lines) {
    const item = /^\s{0,2}\S/.test(line.text) ? numbered.exec(plainText(line.text)) : null;
    if (item) {
      current = { line: line.number, words: [item[2] ?? ''], notes: [] };
      questions.push(current);
      asking = true;
      usage.use([line]);
    } else if (current && asking && !isBlank(line) && continues(current.words, line)) {
      current.words.push(line.text.trim());
      usage.use([line]);
    } else if (current && asking && resumes(questions.at(-2), current, line)) {
      questions.at(-2)?.words.push(line.text.trim());
      usage.use([line]);
    } else if (/^\s*[-=_*]{4,}\s*$/.test(line.text) || headingOf(line.text)) {
      current = undefined;
    } else {
      asking = false;
      current?.notes.push(line);
    }
  }
  return questions;
}

/**
 * The notes under a question. List items are hints, unless prose that stops mid-sentence introduces them
 * ("My tasks were to:"): then they are part of the answer. Prose is the model answer, except paragraphs
 * saying what the interviewer wants to hear, which are hints.
 */
function readNotes(notes: readonly SourceLine[], usage: LineUsage) {
  const hints: string[] = [];
  const answer: SourceLine[] = [];
  let listInAnswer = false;
  let last: 'hint' | 'answer' | undefined;
  for (const line of notes) {
    const item = listItemOf(line.text);
    const indented = /^\s+\S/.test(line.text);
    if (item && !listInAnswer) {
      hints.push(plainText(item.text));
      last = 'hint';
    } else if (!item && indented && last === 'hint') {
      hints.push(`${hints.pop() ?? ''} ${line.text.trim()}`);
    } else {
      answer.push(line);
      if (!item && !indented && !isBlank(line)) {
        listInAnswer = !/[.?!]["»“”]?$/u.test(line.text.trim());
        last = 'answer';
      }
    }
  }
  const paragraphs = paragraphsOf(answer);
  // A last line ending in ":" introduces the next questions ("Other questions:"), not this answer.
  const introducesNext = (paragraphs.at(-1) ?? '').endsWith(':');
  if (introducesNext) paragraphs.pop();
  usage.use(introducesNext ? notes.filter((line) => !lastParagraphOf(answer).includes(line)) : notes);
  return {
    hints: [...hints, ...paragraphs.filter((p) => hintMark.test(p)).map((p) => p.replace(/\s*\n\s*/gu, ' '))],
    modelAnswer: paragraphs.filter((p) => !hintMark.test(p)).join('\n\n'),
  };
}

/** The lines of the last paragraph: those after the last blank line that has words after it. */
function lastParagraphOf(lines: readonly SourceLine[]): SourceLine[] {
  const end = lines.findLastIndex((line) => !isBlank(line));
  const start = lines.slice(0, end).findLastIndex(isBlank);
  return lines.slice(start + 1, end + 1);
}

/** Paragraphs as written: lines kept, emphasis and quote markers dropped. */
const paragraphsOf = (lines: readonly SourceLine[]): string[] =>
  proseOf(lines)
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');

function parseQuestionList(lines: readonly SourceLine[], log: ErrorLog, usage: LineUsage): ReadScript[] {
  const listed = readQuestions(lines, usage);
  if (listed.length === 0) return [];
  const texts = listed.map(({ line, words }) => takeTrailingBudget(plainText(words.join(' ')), line, log));
  const language = mainLanguage(texts.map((t) => t.text));
  const heading = firstHeading(lines);
  usage.use(heading ? [heading.number] : []);
  const title = heading?.text ?? phrases[language].questionsTitle;
  const questions = listed.map((question, index) => {
    const { text: written, budget } = texts[index] ?? { text: '' };
    // Notes write "1) tell me about yourself:"; the interviewer asks "Tell me about yourself."
    const text = written.replace(/\s*:$/u, '').replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
    const { hints, modelAnswer } = readNotes(question.notes, usage);
    const prompt = spokenPrompt(text, language, budget ?? questionWindow, { hints, modelAnswer });
    return { line: question.line, question: notesQuestion(titleOf(prompt.text), prompt) };
  });
  return [
    notesScript({
      title,
      kind: kindOf(title, 'screening'),
      language,
      line: listed[0]?.line ?? 1,
      questions,
      ask: questionsPerInterview,
    }),
  ];
}

export const questionListShape: DocumentShape = {
  name: 'question-list',
  label: 'Numbered questions with notes',
  interprets: true,
  example: 'numbered questions ("1) …", "2. …") with notes under each',
  detect(lines) {
    const count = lines.filter(
      (line) => /^\s{0,2}\S/.test(line.text) && numbered.test(plainText(line.text)),
    ).length;
    return count >= 2 ? 0.3 : 0;
  },
  parse: parseQuestionList,
};
