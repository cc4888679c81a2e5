/**
 * A written-out interview (seed 000): interviewer and candidate turns under speaker labels
 * ("**Tech-Lead:** …", "Bewerber: …"), the candidate's turns being model answers. The first question is
 * the opening, a last "any questions for us?" the closing, and a checklist section the rubric.
 */
import type { PromptDraft } from '../../draft.ts';
import { headingOf, joinParagraphs, listItemOf } from '../blocks.ts';
import { mainLanguage } from '../language.ts';
import { isBlank, type ErrorLog, type LineUsage, type SourceLine } from '../lines.ts';
import { firstHeading, labelOf, notesQuestion, notesScript, proseOf } from '../notes.ts';
import { phrases } from '../phrases.ts';
import { defaultBudgets, spokenAnswerWindow, spokenPrompt } from '../prompts.ts';
import type { DocumentShape, ReadScript } from '../shape.ts';
import { kindOf, plainText, stripQuotes, takeTrailingBudget, titleOf } from '../text.ts';

const interviewerNames =
  /^(?:interviewer(?:in)?|tech[- ]?lead|team[- ]?lead|recruiter(?:in)?|hiring manager|manager(?:in)?|hr|q|question|frage|personaler(?:in)?|интервьюер|рекрутер|вопрос)$/iu;
const candidateNames =
  /^(?:candidate|applicant|me|i|a|answer|bewerber(?:in)?|kandidat(?:in)?|ich|antwort|кандидат|соискатель|я|ответ)$/iu;
const followUpMark = /^(?:follow[- ]?up|nachfrage|rückfrage|уточнение)(?!\p{L})\s*:?\s*/iu;
const asksForQuestions =
  /\b(?:questions? for (?:me|us)|any questions|fragen an (?:uns|mich)|noch fragen)\b|вопросы (?:ко мне|к нам)|есть ли у вас вопросы/iu;
const checklistHeading = /checklist|checkliste|чек-?лист|rubric|bewertung|критерии/iu;

interface Turn {
  readonly speaker: string;
  /** "(follow-up)" after the name or "Follow-up:" before the words. */
  readonly followUp: boolean;
  readonly line: number;
  readonly lines: SourceLine[];
}

/** A speaker's turn starting on this line: the speaker's name (its note in parentheses dropped) and words. */
function turnStart(line: SourceLine): { speaker: string; note: string; rest: string } | undefined {
  const label = labelOf(listItemOf(line.text)?.text ?? line.text);
  if (!label || label.rest === '' || headingOf(line.text)) return undefined;
  const [, speaker = '', note = ''] = /^(.*?)\s*(?:\(([^)]*)\))?$/u.exec(label.label) ?? [];
  return speaker.length <= 30 ? { speaker, note, rest: label.rest } : undefined;
}

/** The two speakers who take turns, the interviewer first; undefined when the lines are no dialogue. */
function speakersOf(lines: readonly SourceLine[]): { interviewer: string; candidate: string } | undefined {
  const sequence = lines.flatMap((line) => turnStart(line)?.speaker ?? []);
  const counts = new Map<string, number>();
  for (const speaker of sequence) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || !second || second[1] < 2 || first[1] + second[1] < 0.6 * sequence.length) return undefined;
  const pair = [first[0], second[0]];
  const turns = sequence.filter((speaker) => pair.includes(speaker));
  const switches = turns.filter((speaker, i) => i > 0 && speaker !== turns[i - 1]).length;
  if (switches < 3) return undefined;
  const interviewer =
    pair.find((name) => interviewerNames.test(name)) ??
    pair.find((name) => !candidateNames.test(name)) ??
    turns[0] ??
    first[0];
  const candidate = pair.find((name) => name !== interviewer) ?? second[0];
  return { interviewer, candidate };
}

/** The turns in order; a turn runs until the next turn, heading or rule. */
function readTurns(lines: readonly SourceLine[], speakers: readonly string[]): Turn[] {
  const turns: Turn[] = [];
  let current: Turn | undefined;
  for (const line of lines) {
    const start = turnStart(line);
    if (start && speakers.includes(start.speaker)) {
      const followUp = followUpMark.test(start.note) || followUpMark.test(plainText(start.rest));
      const rest = plainText(start.rest).replace(followUpMark, '');
      current = { speaker: start.speaker, followUp, line: line.number, lines: [{ ...line, text: rest }] };
      turns.push(current);
    } else if (headingOf(line.text) || /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line.text)) {
      current = undefined;
    } else {
      current?.lines.push(line);
    }
  }
  return turns;
}

/** What the interviewer says in a turn, and the list items in it as follow-ups. */
function interviewerWords(turn: Turn) {
  const words = turn.lines.filter((line) => !listItemOf(line.text));
  const items = turn.lines.flatMap((line) => listItemOf(line.text)?.text ?? []);
  return {
    text: stripQuotes(plainText(joinParagraphs(words))),
    items: items.map((i) => stripQuotes(plainText(i))),
  };
}

/** The candidate's words: a model answer, without the emphasis and quotes notes put around it. */
const answerOf = (turn: Turn | undefined): string =>
  turn ? stripQuotes(plainText(proseOf(turn.lines).replace(/^\*"|"\*$/g, '"'))) : '';

/** The questions in the candidate's closing answer: its sentences that end in "?". */
function questionsIn(answer: string): string[] {
  return answer
    .split(/(?<=[.?!])\s+/u)
    .filter((sentence) => sentence.endsWith('?'))
    .map((sentence) => sentence.replace(/^[\p{L} ]{1,20}:\s*/u, ''));
}

/** The items of the first paragraph under a checklist heading ("📌 **1. …**" lines or list items). */
function checklistOf(lines: readonly SourceLine[], usage: LineUsage): string[] {
  const start = lines.findIndex((line) => checklistHeading.test(headingOf(line.text)?.text ?? ''));
  if (start < 0) return [];
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line, i) => (isBlank(line) && i > 0) || headingOf(line.text));
  const items = rest.slice(0, end < 0 ? undefined : end);
  // The heading and its items.
  usage.use(lines.slice(start, start + 1 + items.length));
  return items
    .map((line) => plainText(listItemOf(line.text)?.text ?? line.text).replace(/^\d+[.)]\s*/u, ''))
    .filter((item) => item !== '');
}

function parseDialogue(lines: readonly SourceLine[], log: ErrorLog, usage: LineUsage): ReadScript[] {
  const speakers = speakersOf(lines);
  if (!speakers) return [];
  const turns = readTurns(lines, [speakers.interviewer, speakers.candidate]);
  const language = mainLanguage(turns.map((turn) => joinParagraphs(turn.lines)));
  const asked: { turn: Turn; prompt: PromptDraft; followUps: PromptDraft[] }[] = [];
  turns.forEach((turn, index) => {
    if (turn.speaker !== speakers.interviewer) return;
    const reply = turns[index + 1]?.speaker === speakers.candidate ? turns[index + 1] : undefined;
    usage.use([...turn.lines, ...(reply?.lines ?? [])]);
    const { text, items } = interviewerWords(turn);
    const split = takeTrailingBudget(text, turn.line, log);
    const modelAnswer = answerOf(reply);
    const prompt = spokenPrompt(split.text, language, split.budget ?? spokenAnswerWindow, { modelAnswer });
    const followUps = items.map((item) => spokenPrompt(item, language, defaultBudgets.followUp));
    const previous = asked.at(-1);
    if (turn.followUp && previous) previous.followUps.push(prompt, ...followUps);
    else asked.push({ turn, prompt, followUps });
  });
  const last = asked.at(-1);
  const closing =
    last && asked.length > 1 && asksForQuestions.test(last.prompt.text) ? asked.pop() : undefined;
  const opening = asked.length > 1 ? asked.shift() : undefined;
  const heading = firstHeading(lines);
  usage.use(heading ? [heading.number] : []);
  const title = heading?.text ?? phrases[language].questionsTitle;
  return [
    notesScript({
      title,
      kind: kindOf(title),
      language,
      line: turns[0]?.line ?? 1,
      interviewer: speakers.interviewer,
      ...(opening ? { opening: opening.prompt } : {}),
      questions: asked.map(({ turn, prompt, followUps }) => ({
        line: turn.line,
        question: notesQuestion(titleOf(prompt.text), prompt, followUps),
      })),
      ...(closing
        ? {
            closing: { ...closing.prompt, budget: defaultBudgets.closing },
            candidateQuestions: questionsIn(closing.prompt.modelAnswer ?? ''),
          }
        : {}),
      rubric: checklistOf(lines, usage),
    }),
  ];
}

export const dialogueShape: DocumentShape = {
  name: 'dialogue',
  label: 'Interview dialogue with model answers',
  interprets: true,
  example: 'a dialogue ("Interviewer: …", "Candidate: …")',
  detect: (lines) => (speakersOf(lines) ? 0.7 : 0),
  parse: parseDialogue,
};
