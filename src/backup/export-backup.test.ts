import { describe, expect, it } from 'vitest';
import type { VivaDatabase } from '../store/database.ts';
import { numbers, testDatabase } from '../store/testing/interview-fixture.ts';
import { exportBackup } from './export-backup.ts';
import {
  filesOf,
  firstStartedAt,
  manifestOf,
  storedInterviewsEachTest,
  type StoredInterviews,
} from './testing/backup-fixture.ts';
import { durationIn, webmRecording } from './testing/webm-fixture.ts';

let database: VivaDatabase;
let stored: StoredInterviews;

storedInterviewsEachTest((each, interviews) => {
  database = each;
  stored = interviews;
});

describe('exportBackup', () => {
  it('zips every interview: each answer’s audio as recorded, and the rows in viva-backup.json', async () => {
    const zip = await exportBackup({}, database);

    expect(zip.type).toBe('application/zip');
    const files = await filesOf(zip);
    const { finishedAnswerId, cutOffAnswerId, skippedAnswerId, mp4AnswerId } = stored;
    expect(Object.keys(files).sort()).toEqual(
      [
        `audio/${finishedAnswerId}.webm`,
        `audio/${cutOffAnswerId}.webm`,
        `audio/${skippedAnswerId}.webm`,
        `audio/${mp4AnswerId}.m4a`,
        'viva-backup.json',
      ].sort(),
    );
    const recorded = [...webmRecording(), 1, 1, 0x50, 0x4b, 7, 8, 9];
    expect(numbers(files[`audio/${finishedAnswerId}.webm`] ?? [])).toEqual(recorded);
    // The backup keeps the bytes recorded; only single-answer downloads get a Duration written in.
    expect(durationIn(files[`audio/${finishedAnswerId}.webm`] ?? new Uint8Array())).toBeUndefined();
    expect(numbers(files[`audio/${cutOffAnswerId}.webm`] ?? [])).toEqual([0, 0, 1, 1]);
    expect(files[`audio/${skippedAnswerId}.webm`]?.length).toBe(0);
  });

  it('lists the sessions by start, answers by turn, chunks by seq with sizes and the peaks stored', async () => {
    const before = Date.now();
    const manifest = await manifestOf(await exportBackup({}, database));

    expect(manifest).toMatchObject({ format: 'viva-backup', version: 1 });
    expect(manifest.exportedAt).toBeGreaterThanOrEqual(before);
    expect(manifest.sessions).toMatchObject([
      { id: stored.finishedSessionId, status: 'finished', endedAt: firstStartedAt + 60_000 },
      { id: stored.interruptedSessionId, status: 'interrupted' },
    ]);
    expect(manifest.answers).toMatchObject([
      {
        id: stored.cutOffAnswerId,
        turnIndex: 0,
        audioFile: `audio/${stored.cutOffAnswerId}.webm`,
        // Cut off before its summary: its chunks still hold its peaks.
        chunks: [
          { seq: 0, size: 2, durationMs: 990, peaks: btoa('\u0000\u0000') },
          { seq: 1, size: 2, durationMs: 1_700, peaks: btoa(String.fromCharCode(0xff, 1)) },
        ],
      },
      {
        id: stored.finishedAnswerId,
        turnIndex: 1,
        audio: { durationMs: 2_480, peaks: btoa(String.fromCharCode(0xff, 1, 0xfe, 2, 0xfd, 3)) },
        // Its summary holds the peaks, so its chunks have none left.
        chunks: [
          { seq: 0, size: webmRecording().length, durationMs: 1_000, peaks: '' },
          { seq: 1, size: 2, durationMs: 2_000, peaks: '' },
          { seq: 2, size: 5, durationMs: 2_480, peaks: '' },
        ],
      },
      { id: stored.skippedAnswerId, turnIndex: 2, chunks: [] },
      { id: stored.mp4AnswerId, audioFile: `audio/${stored.mp4AnswerId}.m4a` },
    ]);
    expect(manifest.answerAssessments).toHaveLength(2);
    expect(manifest.sessionAssessments).toHaveLength(1);
  });

  it('exports only the interviews asked for (each once), with their answers and assessments', async () => {
    const zip = await exportBackup(
      { sessionIds: [stored.interruptedSessionId, stored.interruptedSessionId] },
      database,
    );

    expect(Object.keys(await filesOf(zip)).sort()).toEqual([
      `audio/${stored.mp4AnswerId}.m4a`,
      'viva-backup.json',
    ]);
    expect(await manifestOf(zip)).toMatchObject({
      sessions: [{ id: stored.interruptedSessionId }],
      answers: [{ id: stored.mp4AnswerId }],
      answerAssessments: [],
      sessionAssessments: [],
    });
  });

  it('leaves out an assessment whose answer is gone, which would make the backup refuse to import', async () => {
    await database.answers.delete(stored.cutOffAnswerId);

    const manifest = await manifestOf(await exportBackup({}, database));

    expect(manifest.answerAssessments).toMatchObject([{ answerId: stored.finishedAnswerId }]);
  });

  it('exports an empty database as an empty backup', async () => {
    const empty = testDatabase();
    try {
      expect(await manifestOf(await exportBackup({}, empty))).toMatchObject({
        sessions: [],
        answers: [],
        answerAssessments: [],
        sessionAssessments: [],
      });
    } finally {
      await empty.delete();
    }
  });

  it('refuses an interview that is not stored', async () => {
    await expect(exportBackup({ sessionIds: [stored.finishedSessionId, 'gone'] }, database)).rejects.toThrow(
      'No interview gone is stored.',
    );
  });

  it('refuses to make a backup it could not import, and says why', async () => {
    await database.answers.update(stored.skippedAnswerId, { turnIndex: 7 });

    await expect(exportBackup({}, database)).rejects.toThrow(
      'This backup could not be made: viva-backup.json: answers[2].turnIndex: the interview has 3 turns, so no turn 7',
    );
  });
});
