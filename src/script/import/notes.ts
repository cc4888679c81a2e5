/**
 * What the shapes of preparation notes share once each has found its questions: labels such as
 * "**Situation:**" or "Tech-Lead:", the document's title, and a script draft with the interviewer's
 * words in the document's language where the notes give none.
 */
import { LineMap, type PromptDraft, type QuestionDraft, type ScriptDraft } from '../draft.ts';
import type { ScriptKind } from '../model.ts';
import { headingOf, joinVerbatim } from './blocks.ts';
import type { ImportLanguage } from './language.ts';
import type { SourceLine } from './lines.ts';
import { phrases } from './phrases.ts';
import { defaultBudgets, spokenPrompt } from './prompts.ts';
import type { ReadScript } from './shape.ts';
import { oneLine, plainText, slugOf } from './text.ts';

/**
 * A line that starts with a short label and a colon, bold or not, maybe after emoji:
 * `**👨💼 Tech-Lead:** "…"`, `**Situation**:`, `Q: Why?`. The text after the colon may be empty.
 */
export function labelOf(line: string): { readonly label: string; readonly rest: string } | undefined {
  const match = /^\s*(?:\*\*|__)?([^*_:]{1,40}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)\s*(.*)$/u.exec(line);
  const label = plainText(match?.[1] ?? '');
  if (match === null || label === '' || /[.?!"“„«]/u.test(label)) return undefined;
  return { label, rest: (match[2] ?? '').trim() };
}

/** The document's first heading that has words: its text without decoration, and its line. */
export function firstHeading(
  lines: readonly SourceLine[],
): { readonly text: string; readonly number: number } | undefined {
  for (const line of lines) {
    const heading = headingOf(line.text);
    if (heading && plainText(heading.text) !== '')
      return { text: plainText(heading.text), number: line.number };
  }
  return undefined;
}

export interface NotesScript {
  readonly title: string;
  readonly kind: ScriptKind;
  readonly language: ImportLanguage;
  readonly line: number;
  readonly interviewer?: string;
  readonly description?: string;
  readonly opening?: PromptDraft;
  /** Each question with the line it starts at. */
  readonly questions: readonly { readonly line: number; readonly question: QuestionDraft }[];
  readonly closing?: PromptDraft;
  readonly candidateQuestions?: readonly string[];
  readonly rubric?: readonly string[];
  /** Ask this many of the questions, drawn at random. */
  readonly ask?: number;
}

/** A script draft from what a shape found, with the document's language's phrases where it found none. */
export function notesScript(notes: NotesScript): ReadScript {
  const words = phrases[notes.language];
  const lines = new LineMap(notes.line);
  const { questions, ask } = notes;
  questions.forEach(({ line }, index) => {
    lines.set(`questions.${index}`, line);
  });
  const draft: ScriptDraft = {
    id: slugOf(notes.title) || 'imported-notes',
    title: notes.title,
    kind: notes.kind,
    language: notes.language,
    interviewer: notes.interviewer ?? words.interviewer,
    ...(notes.description ? { description: notes.description } : {}),
    opening: notes.opening ?? spokenPrompt(words.opening, notes.language, defaultBudgets.opening),
    questions: questions.map(({ question }) => question),
    ...(ask !== undefined && ask < questions.length ? { pool: { ask, order: 'shuffled' } } : {}),
    closing: notes.closing ?? spokenPrompt(words.closing, notes.language, defaultBudgets.closing),
    candidateQuestions: (notes.candidateQuestions ?? []).map(oneLine),
    rubric: (notes.rubric ?? []).map(oneLine),
  };
  return { draft, lines };
}

/** A question of notes: a prompt and its follow-ups; notes have no checkpoints, traps or rubric of their own. */
export function notesQuestion(
  title: string,
  prompt: PromptDraft,
  followUps: PromptDraft[] = [],
): QuestionDraft {
  return { title, prompt, checkpoints: [], followUps, traps: [], rubric: [] };
}

/**
 * Lines as prose: quote markers ("> "), heading markers and emphasis dropped, paragraphs and list lines
 * kept. A model answer is shown as text, and a heading in it would end it when the script is exported.
 */
export function proseOf(lines: readonly SourceLine[]): string {
  return joinVerbatim(
    lines.map((line) =>
      line.text
        .replace(/^\s*>\s?/, '')
        .replace(/^#{1,6}\s+/, '')
        .replace(/\*\*|__/g, ''),
    ),
  );
}
