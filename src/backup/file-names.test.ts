import { describe, expect, it } from 'vitest';
import { turn } from '../store/testing/interview-fixture.ts';
import { answerFileName, backupFileName } from './file-names.ts';

describe('backupFileName', () => {
  const when = new Date(2025, 0, 9, 8, 5);

  it('names a backup of everything by the local date and time', () => {
    expect(backupFileName(when, 'everything')).toBe('viva-backup-2025-01-09-0805.zip');
  });

  it('names a backup of one script’s interviews after the script', () => {
    expect(backupFileName(when, { scriptId: 'cap-theorem' })).toBe('viva-cap-theorem-2025-01-09-0805.zip');
  });
});

describe('answerFileName', () => {
  it('names an answer by script, interview start, turn and phase', () => {
    const session = { scriptId: 'star-stories', startedAt: new Date(2025, 11, 31, 23, 59).getTime() };
    const answer = { turnIndex: 11, turn: turn('Why?', { phase: 'follow-up' }) };
    expect(answerFileName(session, answer, 'webm')).toBe('star-stories-2025-12-31-2359-12-follow-up.webm');
  });
});
