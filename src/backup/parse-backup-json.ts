import type { z } from 'zod';
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

  const parsed = backupSchema.safeParse(value, { error: messageFor });
  if (parsed.success) return { ok: true, backup: parsed.data };
  const [first, ...others] = parsed.error.issues;
  if (!first) return refuse(`${manifestPath} is not a valid backup.`);
  const more =
    others.length === 0 ? '' : ` (and ${others.length} more ${others.length === 1 ? 'problem' : 'problems'})`;
  return refuse(`${manifestPath}: ${pathText(first.path)}: ${first.message}${more}`);
}

/** A path as it reads in JavaScript: answers[3].audio.durationMs. */
function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

const kinds: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** Messages for the issues zod words for programmers; the rest keep the schema's own words. */
function messageFor(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `expected ${kinds[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin !== 'number') return undefined;
      return `expected ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin !== 'number') return undefined;
      return `expected ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((option) => JSON.stringify(option)).join(' or ')}`;
    default:
      return undefined;
  }
}
