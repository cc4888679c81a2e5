import { describeIssues, issueMessage } from '../validation-messages.ts';
import { backupFormat, backupVersion, manifestPath } from './backup-format.ts';
import { backupSchema, type Backup } from './backup-schema.ts';

export type BackupJsonOutcome =
  { readonly ok: true; readonly backup: Backup } | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): BackupJsonOutcome => ({ ok: false, reason });

/**
 * Reads viva-backup.json's text into a validated backup, or says precisely what is wrong and where:
 * `viva-backup.json: answers[3].audio.durationMs: expected a number`. The export checks its own with it.
 */
export function parseBackupJson(text: string): BackupJsonOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return refuse(`${manifestPath} is not valid JSON${detail}.`);
  }
  if (typeof value !== 'object' || value === null || !('format' in value) || value.format !== backupFormat) {
    return refuse(`${manifestPath} is not a Viva backup: it does not say "format": "${backupFormat}".`);
  }
  const version = 'version' in value ? value.version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > backupVersion) {
    return refuse(
      `This backup was made by a newer Viva (version ${version}); this version reads version ${backupVersion}. ` +
        'Update Viva, then import it again.',
    );
  }
  if (version === undefined) {
    return refuse(
      `${manifestPath}: version is missing; this version of Viva reads version ${backupVersion}.`,
    );
  }
  if (version !== backupVersion) {
    return refuse(
      `${manifestPath}: version ${JSON.stringify(version)} is not a backup version; ` +
        `this version of Viva reads version ${backupVersion}.`,
    );
  }

  const parsed = backupSchema.safeParse(value, { error: issueMessage });
  if (parsed.success) return { ok: true, backup: parsed.data };
  return refuse(`${manifestPath}: ${describeIssues(parsed.error.issues)}`);
}
