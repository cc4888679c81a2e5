import { describe, expect, it } from 'vitest';
import {
  drillHref,
  editorHref,
  historyHref,
  historyOfScriptHref,
  interviewHref,
  parseRoute,
  progressHref,
  resumeHref,
  scriptHref,
  sessionHref,
  answerMomentHref,
  settingsHref,
  practiceHref,
  practiceSessionHref,
} from './routes.ts';

describe('parseRoute', () => {
  it.each(['', '#', '#/'])('reads %j as the library', (hash) => {
    expect(parseRoute(hash)).toEqual({ page: 'library' });
  });

  it('reads a script link back into its source and id', () => {
    expect(parseRoute(scriptHref('imported', 'cap-theorem'))).toEqual({
      page: 'script',
      source: 'imported',
      id: 'cap-theorem',
    });
  });

  it('reads an interview link and the settings page', () => {
    expect(parseRoute(interviewHref('builtin', 'mock-1'))).toEqual({
      page: 'interview',
      source: 'builtin',
      id: 'mock-1',
    });
    expect(parseRoute(settingsHref)).toEqual({ page: 'settings' });
  });

  it('reads the page that resumes an interrupted interview', () => {
    expect(parseRoute(resumeHref('a1-b2'))).toEqual({ page: 'resume', sessionId: 'a1-b2' });
  });

  it('reads the history, a filtered history, a session review and a script progress', () => {
    expect(parseRoute(historyHref)).toEqual({ page: 'history' });
    expect(parseRoute(historyOfScriptHref('star-stories'))).toEqual({
      page: 'history',
      scriptId: 'star-stories',
    });
    expect(parseRoute(sessionHref('a1-b2'))).toEqual({ page: 'session', id: 'a1-b2' });
    expect(parseRoute(answerMomentHref('a1-b2', { answerId: 'c/3', atMs: 1234.4 }))).toEqual({
      page: 'session',
      id: 'a1-b2',
      moment: { answerId: 'c/3', atMs: 1234 },
    });
    expect(parseRoute('#/session/a1/answer/c3/-5')).toEqual({
      page: 'not-found',
      hash: '#/session/a1/answer/c3/-5',
    });
    expect(parseRoute(progressHref('mock 1'))).toEqual({ page: 'progress', scriptId: 'mock 1' });
  });

  it('reads the editor: a blank script, a copy of a built-in or imported script, an imported script', () => {
    expect(parseRoute('#/edit/new')).toEqual({ page: 'editor', start: { from: 'new' } });
    expect(parseRoute(editorHref({ from: 'new' }))).toEqual({ page: 'editor', start: { from: 'new' } });
    for (const start of [
      { from: 'copy', source: 'builtin', id: 'cap-theorem' },
      { from: 'copy', source: 'imported', id: 'my notes/1' },
      { from: 'imported', id: 'code-review' },
    ] as const) {
      expect(parseRoute(editorHref(start))).toEqual({ page: 'editor', start });
    }
    expect(editorHref({ from: 'copy', source: 'builtin', id: 'a b' })).toBe('#/edit/copy/builtin/a%20b');
  });

  it("reads the practice plan, today's session and a drill of one question, its key and title round-tripped", () => {
    expect(parseRoute(practiceHref)).toEqual({ page: 'practice' });
    expect(parseRoute(practiceSessionHref)).toEqual({ page: 'practice-session' });
    const drill = { scriptKey: 'builtin/go-senior', title: 'Channels / mutexes? 100%' };
    expect(parseRoute(drillHref(drill))).toEqual({ page: 'practice-session', drill });
    expect(parseRoute('#/practice/drill/builtin%2Fx')).toEqual({
      page: 'not-found',
      hash: '#/practice/drill/builtin%2Fx',
    });
  });

  it.each([
    '#/edit',
    '#/edit/builtin/x',
    '#/edit/copy/other/x',
    '#/edit/copy/builtin/',
    '#/edit/imported/%E0%A4%A',
    '#/script/other/x',
    '#/script/builtin/',
    '#/script/builtin/%E0%A4%A',
    '#/history/a/b',
  ])('reads %j as not found instead of failing', (hash) => {
    expect(parseRoute(hash)).toEqual({ page: 'not-found', hash });
  });
});
