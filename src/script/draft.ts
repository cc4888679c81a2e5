/**
 * A draft is a script as read from Markdown, before validation: front matter values are still plain
 * strings. Each part remembers its line so schema errors point at the right place.
 */
import type { Checkpoint, CodeSample, Prompt, Question, Script } from './model.ts';
import type { ErrorLog } from './import/lines.ts';
import { scriptSchema } from './schema.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type PromptDraft = Mutable<Prompt>;
export type QuestionDraft = Mutable<Omit<Question, 'prompt' | 'followUps' | 'traps' | 'checkpoints'>> & {
  prompt: PromptDraft;
  checkpoints: Checkpoint[];
  followUps: PromptDraft[];
  traps: PromptDraft[];
  code?: CodeSample;
};

export interface ScriptDraft {
  id?: string;
  title?: string;
  kind?: string;
  language?: string;
  interviewer?: string;
  durationSeconds?: number;
  description?: string;
  opening: PromptDraft;
  questions: QuestionDraft[];
  pool?: { ask: number; order: string };
  closing: PromptDraft;
  candidateQuestions: string[];
  rubric: string[];
}

/** Lines of the parts of a draft, by path (`questions.2.followUps.0`), for error messages. */
export class LineMap {
  private readonly lines = new Map<string, number>();

  constructor(private readonly fallback: number) {}

  set(path: string, line: number): void {
    this.lines.set(path, line);
  }

  /** The line of the deepest part of `path` that has one. */
  lineOf(path: readonly PropertyKey[]): number {
    for (let length = path.length; length > 0; length--) {
      const line = this.lines.get(path.slice(0, length).map(String).join('.'));
      if (line !== undefined) return line;
    }
    return this.fallback;
  }
}

/** Validates a draft against the schema; schema problems are logged at their lines. */
export function validateDraft(draft: ScriptDraft, lines: LineMap, log: ErrorLog): Script | undefined {
  const result = scriptSchema.safeParse(draft);
  if (result.success) return result.data;
  for (const issue of result.error.issues) log.add(lines.lineOf(issue.path), issue.message);
  return undefined;
}
