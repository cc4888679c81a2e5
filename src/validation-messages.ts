// How a validation failure reads to the user: where, and what was expected, in words rather than zod's.
import type { z } from 'zod';

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
export function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
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

/** The first problem, where it is and what was expected, and how many more there are. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const [first, ...others] = issues;
  if (!first) return 'not valid';
  const more =
    others.length === 0 ? '' : ` (and ${others.length} more ${others.length === 1 ? 'problem' : 'problems'})`;
  const where = pathText(first.path);
  return `${where === '' ? '' : `${where}: `}${first.message}${more}`;
}
