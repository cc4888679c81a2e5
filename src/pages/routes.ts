import type { ScriptSource } from '../library/entry.ts';
import type { PracticeItemRef } from '../practice/item.ts';

/** A moment of one answer, for a review opened there (from a search hit). */
export interface AnswerMoment {
  readonly answerId: string;
  readonly atMs: number;
}

/** Where the script editor starts: a blank script, a copy of a library script, or an imported script itself. */
export type EditorStart =
  | { readonly from: 'new' }
  | { readonly from: 'copy'; readonly source: ScriptSource; readonly id: string }
  | { readonly from: 'imported'; readonly id: string };

/** The pages of the app, as the location hash names them. */
export type Route =
  | { readonly page: 'library' }
  | { readonly page: 'script' | 'interview'; readonly source: ScriptSource; readonly id: string }
  | { readonly page: 'editor'; readonly start: EditorStart }
  | { readonly page: 'settings' }
  | { readonly page: 'history'; readonly scriptId?: string }
  | { readonly page: 'session'; readonly id: string; readonly moment?: AnswerMoment }
  | { readonly page: 'resume'; readonly sessionId: string }
  | { readonly page: 'progress'; readonly scriptId: string }
  | { readonly page: 'practice' }
  | { readonly page: 'practice-session'; readonly drill?: PracticeItemRef }
  | { readonly page: 'not-found'; readonly hash: string };

/**
 * `#/` → library; `#/script/<builtin|imported>/<id>` → a script's plan; `#/interview/…` → practising it;
 * `#/settings`; `#/history` (or `#/history/<script id>`, filtered); `#/session/<id>` → its review
 * (`#/session/<id>/answer/<answer id>/<ms>` → opened at that moment of that answer);
 * `#/resume/<session id>` → continuing an interrupted interview; `#/progress/<script id>`;
 * `#/practice` → the practice plan; `#/practice/now` → today's practice session
 * (`#/practice/drill/<script key>/<question title>` → a session of that one question);
 * `#/edit/new` → the editor with a blank script, `#/edit/copy/<source>/<id>` → with a copy of that script,
 * `#/edit/imported/<id>` → editing that imported script itself (built-in scripts are only copied).
 */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { page: 'library' };
  if (path === '/settings') return { page: 'settings' };
  if (path === '/history') return { page: 'history' };
  if (path === '/practice') return { page: 'practice' };
  if (path === '/practice/now') return { page: 'practice-session' };
  if (path === '/edit/new') return { page: 'editor', start: { from: 'new' } };
  const edit = /^\/edit\/(copy\/(builtin|imported)|imported)\/([^/]+)$/.exec(path);
  if (edit?.[1] && edit[3]) {
    const id = decodeSegment(edit[3]);
    if (id !== undefined) {
      if (edit[2] === undefined) return { page: 'editor', start: { from: 'imported', id } };
      return {
        page: 'editor',
        start: { from: 'copy', source: edit[2] === 'builtin' ? 'builtin' : 'imported', id },
      };
    }
  }
  const drill = /^\/practice\/drill\/([^/]+)\/([^/]+)$/.exec(path);
  if (drill?.[1] && drill[2]) {
    const scriptKey = decodeSegment(drill[1]);
    const title = decodeSegment(drill[2]);
    if (scriptKey !== undefined && title !== undefined)
      return { page: 'practice-session', drill: { scriptKey, title } };
  }
  const single = /^\/(history|session|resume|progress)\/([^/]+)$/.exec(path);
  if (single?.[1] && single[2]) {
    const value = decodeSegment(single[2]);
    if (value !== undefined) {
      if (single[1] === 'session') return { page: 'session', id: value };
      if (single[1] === 'resume') return { page: 'resume', sessionId: value };
      if (single[1] === 'progress') return { page: 'progress', scriptId: value };
      return { page: 'history', scriptId: value };
    }
  }
  const moment = /^\/session\/([^/]+)\/answer\/([^/]+)\/(\d{1,9})$/.exec(path);
  if (moment?.[1] && moment[2] && moment[3]) {
    const id = decodeSegment(moment[1]);
    const answerId = decodeSegment(moment[2]);
    if (id !== undefined && answerId !== undefined)
      return { page: 'session', id, moment: { answerId, atMs: Number(moment[3]) } };
  }
  const match = /^\/(script|interview)\/(builtin|imported)\/([^/]+)$/.exec(path);
  if (match?.[2] && match[3]) {
    const page = match[1] === 'interview' ? 'interview' : 'script';
    const source = match[2] === 'builtin' ? 'builtin' : 'imported';
    const id = decodeSegment(match[3]);
    if (id !== undefined) return { page, source, id };
  }
  return { page: 'not-found', hash };
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A hand-edited URL can hold a malformed escape; that is a page not found, not a crash.
    return undefined;
  }
}

export const libraryHref = '#/';

export function scriptHref(source: ScriptSource, id: string): string {
  return `#/script/${source}/${encodeURIComponent(id)}`;
}

export const settingsHref = '#/settings';

/** The editor: with a blank script, with a copy of a library script, or with an imported script itself. */
export function editorHref(start: EditorStart): string {
  if (start.from === 'new') return '#/edit/new';
  if (start.from === 'copy') return `#/edit/copy/${start.source}/${encodeURIComponent(start.id)}`;
  return `#/edit/imported/${encodeURIComponent(start.id)}`;
}

export function interviewHref(source: ScriptSource, id: string): string {
  return `#/interview/${source}/${encodeURIComponent(id)}`;
}

export const historyHref = '#/history';

/** The history, filtered to one script's interviews when given one. */
export function historyOfScriptHref(scriptId: string): string {
  return `#/history/${encodeURIComponent(scriptId)}`;
}

export function sessionHref(id: string): string {
  return `#/session/${encodeURIComponent(id)}`;
}

/** A review opened at a moment of one of its answers. */
export function answerMomentHref(sessionId: string, { answerId, atMs }: AnswerMoment): string {
  return `${sessionHref(sessionId)}/answer/${encodeURIComponent(answerId)}/${String(Math.max(0, Math.round(atMs)))}`;
}

/** Continuing an interrupted interview where it stopped. */
export function resumeHref(sessionId: string): string {
  return `#/resume/${encodeURIComponent(sessionId)}`;
}

export function progressHref(scriptId: string): string {
  return `#/progress/${encodeURIComponent(scriptId)}`;
}

export const practiceHref = '#/practice';
export const practiceSessionHref = '#/practice/now';

/** A practice session of one question: "drill this question". */
export function drillHref({ scriptKey, title }: PracticeItemRef): string {
  return `#/practice/drill/${encodeURIComponent(scriptKey)}/${encodeURIComponent(title)}`;
}
