import type { AnswerRecord, SessionRecord } from '../store/database.ts';

/** What a backup holds: everything stored, or the interviews of one script (named by its id). */
export type BackupScope = 'everything' | { readonly scriptId: string };

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** Local date and time as 2025-06-01-1430, so files sort by when and two a day do not collide. */
function dateStamp(date: Date): string {
  const day = `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
  return `${day}-${twoDigits(date.getHours())}${twoDigits(date.getMinutes())}`;
}

/** The name a backup zip is saved as: viva-backup-2025-06-01-1430.zip, or viva-<script-id>-….zip. */
export function backupFileName(date: Date, scope: BackupScope): string {
  return `viva-${scope === 'everything' ? 'backup' : scope.scriptId}-${dateStamp(date)}.zip`;
}

/**
 * The name one answer's recording is saved as, e.g. cap-theorem-2025-06-01-1430-03-question.webm: the
 * script, when the interview started (attempts of one question differ only there), turn and phase.
 */
export function answerFileName(
  session: Pick<SessionRecord, 'scriptId' | 'startedAt'>,
  answer: Pick<AnswerRecord, 'turnIndex' | 'turn'>,
  extension: string,
): string {
  const when = dateStamp(new Date(session.startedAt));
  return `${session.scriptId}-${when}-${twoDigits(answer.turnIndex + 1)}-${answer.turn.phase}.${extension}`;
}
