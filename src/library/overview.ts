import type { Script, ScriptKind } from '../script/model.ts';
import { summarizeScript } from '../script/summary.ts';

/**
 * What the library shows of a script on its card and filters by. Built-in scripts' overviews are made
 * at build time, so the first page paints them without the catalog, the parser or the schema library.
 */
export interface ScriptOverview {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly kind: ScriptKind;
  readonly language: string;
  /** The script's planned length (see summarizeScript's totalSeconds). */
  readonly totalSeconds: number;
  readonly questions: number;
  /** For a pool: how many of its questions one interview asks. */
  readonly ask?: number;
}

export function overviewOf(script: Script): ScriptOverview {
  return {
    id: script.id,
    title: script.title,
    ...(script.description === undefined ? {} : { description: script.description }),
    kind: script.kind,
    language: script.language,
    totalSeconds: summarizeScript(script).totalSeconds,
    questions: script.questions.length,
    ...(script.pool === undefined ? {} : { ask: script.pool.ask }),
  };
}
