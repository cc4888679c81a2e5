import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VivaDatabase } from '../store/database.ts';
import { numbers, testDatabase } from '../store/testing/interview-fixture.ts';
import { exportBackup } from './export-backup.ts';
import { parseBackupJson } from './parse-backup-json.ts';
import { manifestOf, storeInterviews } from './testing/backup-fixture.ts';
import { editedAt, pathsIn } from './testing/json-edits.ts';

type Row = Record<string, unknown>;
type Json = Row & Record<'sessions' | 'answers' | 'answerAssessments' | 'sessionAssessments', Row[]>;

let database: VivaDatabase;
let exported: Json;

beforeAll(async () => {
  database = testDatabase();
  await storeInterviews(database);
  exported = (await manifestOf(await exportBackup({}, database))) as Json;
});

afterAll(async () => {
  await database.delete();
});

/** The reason the exported JSON is refused once `edit` has changed a copy of it. */
function reasonAfter(edit: (json: Json) => void): string {
  const json = structuredClone(exported);
  edit(json);
  const outcome = parseBackupJson(JSON.stringify(json));
  if (outcome.ok) throw new Error('accepted');
  return outcome.reason;
}

const row = (rows: Row[], index: number): Row => {
  const found = rows[index];
  if (!found) throw new Error(`no row ${index}`);
  return found;
};

describe('parseBackupJson', () => {
  it('accepts what the export wrote, with peaks as int8 again and each answer’s row apart from its files', () => {
    const outcome = parseBackupJson(JSON.stringify(exported));
    if (!outcome.ok) throw new Error(outcome.reason);
    const answer = outcome.backup.answers[1];
    expect(answer?.record).not.toHaveProperty('audioFile');
    expect(answer?.record.audio?.peaks).toBeInstanceOf(Int8Array);
    expect(numbers(answer?.record.audio?.peaks ?? [])).toEqual([-1, 1, -2, 2, -3, 3]);
    expect(answer?.chunks.map((chunk) => numbers(chunk.peaks))).toEqual([[], [], []]);
    // The answer cut off before its summary keeps its chunks' peaks.
    const cutOff = outcome.backup.answers[0];
    expect(cutOff?.chunks.map((chunk) => numbers(chunk.peaks))).toEqual([
      [0, 0],
      [-1, 1],
    ]);
  });

  it.each<[string, (json: Json) => void, string]>([
    [
      'a missing field',
      (json) => delete row(json.sessions, 0).startedAt,
      'sessions[0].startedAt: is missing',
    ],
    [
      'a fractional turn',
      (json) => (row(json.answers, 0).turnIndex = 0.5),
      'answers[0].turnIndex: expected a whole number',
    ],
    [
      'a negative duration',
      (json) => (row(json.answers, 0).chunks = [{ seq: 0, size: 4, durationMs: -1, peaks: '' }]),
      'answers[0].chunks[0].durationMs: expected at least 0',
    ],
    [
      'peaks that are not base64',
      (json) => ((row(json.answers, 1).audio as Row).peaks = 'not base64!'),
      'answers[1].audio.peaks: expected base64',
    ],
    [
      'an unknown status',
      (json) => (row(json.sessions, 0).status = 'paused'),
      'sessions[0].status: expected "in-progress" or "finished" or "aborted" or "interrupted"',
    ],
    [
      'a rating above 5',
      (json) => (row(json.answerAssessments, 0).rating = 6),
      'answerAssessments[0].rating: expected at most 5',
    ],
    [
      'an id that cannot name a file',
      (json) => (row(json.answers, 2).id = '../x'),
      'answers[2].id: expected an id of letters, digits, "-" and "_"',
    ],
    [
      'a script id the session does not copy',
      (json) => (row(json.sessions, 0).scriptId = 'other'),
      'sessions[0].scriptId: does not match script.id',
    ],
    [
      'an invalid script',
      (json) => ((row(json.sessions, 1).script as Row).kind = 'quiz'),
      'sessions[1].script.kind: expected a kind: system-design, technical, architecture, problem-solving, code-review, behavioral, screening',
    ],
    [
      'a broken budget',
      (json) => ((row(json.answers, 2).turn as Row).budget = { kind: 'limit', seconds: 0 }),
      'answers[2].turn.budget.seconds: expected more than 0',
    ],
    [
      'chunks out of order',
      (json) =>
        (row(json.answers, 0).chunks = [
          { seq: 1, size: 2, durationMs: 1, peaks: '' },
          { seq: 1, size: 2, durationMs: 2, peaks: '' },
        ]),
      'answers[0].chunks[1].seq: expected a seq above 1: chunks are listed in the order of their bytes',
    ],
    [
      'an interview listed twice',
      (json) => json.sessions.push(row(json.sessions, 0)),
      'sessions[2].id: the interview',
    ],
    [
      'an answer listed twice',
      (json) => json.answers.push(row(json.answers, 0)),
      'answers[4].id: the answer',
    ],
    [
      'a turn the interview does not have',
      (json) => (row(json.answers, 3).turnIndex = 9),
      'answers[3].turnIndex: the interview has 2 turns, so no turn 9',
    ],
    [
      'a left-out turn the interview does not have',
      (json) => (row(json.sessions, 0).leftOut = [{ turnIndex: 9, leftMs: 1_000, neededMs: 2_000 }]),
      'sessions[0].leftOut[0].turnIndex: the interview has',
    ],
    [
      'an assessment of no answer',
      (json) => (row(json.answerAssessments, 1).answerId = 'gone'),
      'answerAssessments[1].answerId: no answer gone is in this backup',
    ],
    [
      'an assessment of an answer in another interview',
      (json) => (row(json.answerAssessments, 1).sessionId = row(json.sessions, 1).id),
      'answerAssessments[1].sessionId: the answer belongs to the interview',
    ],
    [
      'an answer assessed twice',
      (json) => json.answerAssessments.push(row(json.answerAssessments, 0)),
      'answerAssessments[2].answerId: the answer',
    ],
    [
      'an assessment of no interview',
      (json) => (row(json.sessionAssessments, 0).sessionId = 'gone'),
      'sessionAssessments[0].sessionId: no interview gone is in this backup',
    ],
    [
      'two pins with one id',
      (json) =>
        (row(json.answerAssessments, 0).pins = [
          { id: 'a', atMs: 1, text: 'x' },
          { id: 'a', atMs: 2, text: 'y' },
        ]),
      'answerAssessments[0].pins: two pinned notes share an id',
    ],
    [
      'a blank checklist item',
      (json) => (row(json.sessionAssessments, 0).covered = ['  ']),
      'sessionAssessments[0].covered[0]: expected some text',
    ],
    ['a list that is not one', (json) => (json.answers = {} as Row[]), 'answers: expected a list'],
  ])('refuses %s, saying where', (_, edit, expected) => {
    expect(reasonAfter(edit)).toContain(`viva-backup.json: ${expected}`);
  });

  it('counts the problems beyond the first', () => {
    expect(
      reasonAfter((json) => {
        delete row(json.sessions, 0).startedAt;
        delete row(json.sessions, 1).startedAt;
        delete json.exportedAt;
      }),
    ).toBe('viva-backup.json: exportedAt: is missing (and 2 more problems)');
  });

  it('refuses JSON that is not an object', () => {
    expect(parseBackupJson('[1, 2]')).toEqual({
      ok: false,
      reason: 'viva-backup.json is not a Viva backup: it does not say "format": "viva-backup".',
    });
    expect(parseBackupJson('{"format": "viva-backup"}')).toEqual({
      ok: false,
      reason: 'viva-backup.json: version is missing; this version of Viva reads version 1.',
    });
  });
});

describe('parseBackupJson on damaged JSON', () => {
  const runs = { edits: 500, text: 100 };

  it(`never throws, whatever value replaces or removes any part of a backup (${runs.edits} cases)`, () => {
    const paths = pathsIn(exported).filter((path) => path.length > 0);
    fc.assert(
      fc.property(
        fc.nat(paths.length - 1),
        fc.option(fc.jsonValue(), { nil: undefined }),
        (index, replacement) => {
          const json = editedAt(exported, paths[index] ?? [], replacement);
          const outcome = parseBackupJson(JSON.stringify(json));
          expect(outcome.ok || outcome.reason.length > 0).toBe(true);
        },
      ),
      { numRuns: runs.edits },
    );
  });

  it(`never throws on text that is not a backup (${runs.text} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(parseBackupJson(text).ok).toBe(false);
      }),
      { numRuns: runs.text },
    );
  });
});
