import { entryKey } from '../library/entry.ts';

/** A practice item: one question of one script, wherever it was answered (its own script or a practice session). */
export interface PracticeItemRef {
  /** The script as the library keys it (`builtin/<id>` or `imported/<id>`): built-in and imported ids may match. */
  readonly scriptKey: string;
  /** The question's title: it survives reordering the script, which an index would not. */
  readonly title: string;
}

/** A stable key for maps and the schedule. */
export function itemKey({ scriptKey, title }: PracticeItemRef): string {
  return JSON.stringify([scriptKey, title]);
}

/** What a session knows of where its questions come from (a session record has these fields). */
export interface QuestionSource {
  readonly scriptSource: 'builtin' | 'imported' | 'practice';
  readonly script: { readonly id: string; readonly questions: readonly { readonly title: string }[] };
  readonly practice?: readonly PracticeItemRef[];
}

/** Which question of the library a session's question is: its own script's, or the one a practice session drew on. */
export function questionRef(session: QuestionSource, questionIndex: number): PracticeItemRef | undefined {
  if (session.scriptSource === 'practice') return session.practice?.[questionIndex];
  const question = session.script.questions[questionIndex];
  return question && { scriptKey: entryKey(session.scriptSource, session.script.id), title: question.title };
}
