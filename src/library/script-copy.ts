/**
 * Where an edited script starts: a copy of a library script under a name of its own, or a small blank
 * one, as Markdown in Viva's format. Pure, so the naming rules are tested without a page.
 */
import { exportScript } from '../script/export.ts';
import type { Script } from '../script/model.ts';
import type { LibraryEntry } from './entry.ts';

/** Every id the library uses, built-in and imported, so a new script takes none of them. */
export function takenIds(entries: readonly LibraryEntry[]): ReadonlySet<string> {
  return new Set(entries.map((entry) => entry.overview.id));
}

const numbered = (base: string, n: number): string => (n === 1 ? base : `${base}-${n}`);

/** The smallest n from 1 whose `base`, `base-2`, `base-3`… no script uses. */
function firstFree(base: string, taken: ReadonlySet<string>): number {
  let n = 1;
  while (taken.has(numbered(base, n))) n += 1;
  return n;
}

/**
 * The first of `base`, `base-2`, `base-3`… that no script uses. Ids are kept apart from built-in ones too
 * (the library would list both), since history and progress find a script's interviews by its id.
 */
export const freeId = (base: string, taken: ReadonlySet<string>): string =>
  numbered(base, firstFree(base, taken));

/** "Title (copy)" with the id "id-copy"; a second copy is "Title (copy 2)" with "id-copy-2", and so on. */
export function copyName(
  script: Pick<Script, 'id' | 'title'>,
  taken: ReadonlySet<string>,
): Pick<Script, 'id' | 'title'> {
  const base = `${script.id}-copy`;
  const n = firstFree(base, taken);
  return { id: numbered(base, n), title: `${script.title} (copy${n === 1 ? '' : ` ${n}`})` };
}

/** The script's Markdown under its copy's id and title: where "Duplicate and edit" starts. */
export function copyMarkdown(script: Script, taken: ReadonlySet<string>): string {
  return exportScript({ ...script, ...copyName(script, taken) });
}

/** A complete, valid script of one question: where "New script" starts, showing the format by example. */
export function blankScriptMarkdown(taken: ReadonlySet<string>): string {
  return `---
id: ${freeId('my-script', taken)}
title: My script
kind: technical
language: en-US
interviewer: Engineering manager
---

## Opening (1m)

Hello, thanks for coming. Please introduce yourself briefly.

## Question: A system you built (2-3m)

Tell me about a system you built and the hardest decision you made in it.

### Checkpoints

- [ ] Names the decision and the options
- [ ] Explains the trade-off

### Follow-ups

1. What would you do differently today? (1m)

## Closing (1m)

Thank you. Do you have any questions for me?
`;
}
