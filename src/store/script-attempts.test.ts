import { describe, expect, it } from 'vitest';
import type { InterviewRecords } from '../interview/records.ts';
import { question, script } from '../library/testing/script-fixture.ts';
import type { Budget, Script } from '../script/model.ts';
import { setAnswerRating, setCovered } from './assessments.ts';
import { saveTranscript } from './transcripts.ts';
import { saveImportedScripts } from './imported-scripts.ts';
import { practiceScriptId } from '../practice/practice-script.ts';
import type { VivaDatabase } from './database.ts';
import type { ScriptAttempts } from './progress.ts';
import { attemptsOfScript } from './script-attempts.ts';
import {
  newAnswer,
  newSession,
  recordedAnswer,
  freshStoreEachTest,
  turn,
} from './testing/interview-fixture.ts';
import { countReads } from './testing/read-counter.ts';

let database: VivaDatabase;
let records: InterviewRecords;
freshStoreEachTest((store) => ({ database, records } = store));

const short: Budget = { kind: 'limit', seconds: 60 };
const windowed: Budget = { kind: 'window', minSeconds: 120, maxSeconds: 180 };

const turns = {
  opening: turn('Hello', { phase: 'opening', budget: short }),
  q0: turn('Design a cache', { questionIndex: 0, questionNumber: 1, budget: windowed }),
  q0followUp: turn('And eviction?', { phase: 'follow-up', questionIndex: 0, questionNumber: 1 }),
  q1: turn('Explain CAP', { questionIndex: 1, questionNumber: 2, budget: short }),
  closing: turn('Questions for me?', { phase: 'closing' }),
};
type TurnName = keyof typeof turns;
const turnNames = Object.keys(turns) as TurnName[];

/** One interview of a script, the turns named answered in order, with the recorded lengths given. */
async function interview(
  scriptId: string,
  startedAt: number,
  answered: readonly [TurnName, number][],
  overrides: Partial<Script> = {},
) {
  const plan = { turns: Object.values(turns), questionCount: 2, budgetSeconds: 600 };
  const sessionId = await records.startSession(
    newSession({ script: script(scriptId, overrides), startedAt, plan }),
  );
  const answerIds = new Map<TurnName, string>();
  // Each answer at its turn's place in the plan, as the interview stores it.
  for (const [name, durationMs] of answered) {
    const turnIndex = turnNames.indexOf(name);
    answerIds.set(
      name,
      await recordedAnswer(records, newAnswer(sessionId, turnIndex, { turn: turns[name] }), durationMs),
    );
  }
  return { sessionId, answer: (name: TurnName) => answerIds.get(name) ?? '' };
}

/** What an attempt carries for the analysis of its words when it has no transcript, checklist or verdict. */
const notAnalysed = { checklist: [], story: false, ticked: [], unticked: [] };

/** The attempts without their peaks, which are compared on their own. */
function withoutPeaks(result: ScriptAttempts): ScriptAttempts {
  return {
    ...result,
    questions: result.questions.map((question) => ({
      ...question,
      attempts: question.attempts.map((attempt) => {
        const copy = { ...attempt };
        delete copy.peaks;
        return copy;
      }),
    })),
  };
}

describe('attemptsOfScript', () => {
  it("groups the main answers by question, the oldest first, and adds up each interview's answers", async () => {
    const later = await interview('cap-theorem', 9_000, [
      ['opening', 5_000],
      ['q0', 150_000],
      ['q0followUp', 30_000],
      ['q1', 40_000],
    ]);
    const earlier = await interview('cap-theorem', 2_000, [
      ['opening', 8_000],
      ['q0', 200_000],
      ['closing', 10_000],
    ]);
    // Another script's interview is not an attempt at this one's questions.
    await interview('code-review', 5_000, [['q0', 1_000]]);
    await setAnswerRating(later.answer('q0'), later.sessionId, 4, database);
    await setAnswerRating(earlier.answer('q0'), earlier.sessionId, 2, database);
    // A rated follow-up does not make it an attempt at the question.
    await setAnswerRating(later.answer('q0followUp'), later.sessionId, 5, database);

    const result = await attemptsOfScript('cap-theorem', database);
    // Each finished attempt carries its recording's peaks, for think time and a side-by-side replay.
    for (const { attempts } of result.questions)
      for (const attempt of attempts) expect(attempt.peaks?.length).toBeGreaterThan(0);
    expect(withoutPeaks(result)).toEqual({
      questions: [
        {
          questionIndex: 0,
          attempts: [
            {
              sessionId: earlier.sessionId,
              startedAt: 2_000,
              answerId: earlier.answer('q0'),
              durationMs: 200_000,
              budget: windowed,
              rating: 2,
              ...notAnalysed,
            },
            {
              sessionId: later.sessionId,
              startedAt: 9_000,
              answerId: later.answer('q0'),
              durationMs: 150_000,
              budget: windowed,
              rating: 4,
              ...notAnalysed,
            },
          ],
        },
        {
          questionIndex: 1,
          attempts: [
            {
              sessionId: later.sessionId,
              startedAt: 9_000,
              answerId: later.answer('q1'),
              durationMs: 40_000,
              budget: short,
              ...notAnalysed,
            },
          ],
        },
      ],
      sessions: [
        { sessionId: earlier.sessionId, startedAt: 2_000, totalMs: 218_000 },
        { sessionId: later.sessionId, startedAt: 9_000, totalMs: 225_000 },
      ],
    });
  });

  it('carries what the analysis of an attempt needs: its transcript, its checklist then, its verdicts', async () => {
    const story = await interview('leadership', 1_000, [['q0', 60_000]], {
      kind: 'behavioral',
      questions: [
        question('Conflict', 'Tell me about a conflict.', {
          checkpoints: [{ text: 'Result' }],
          rubric: ['Ownership'],
        }),
      ],
    });
    const answerId = story.answer('q0');
    const words = [{ text: 'Hello', startMs: 0, endMs: 300, confidence: 0.9 }];
    await saveTranscript(
      {
        answerId,
        sessionId: story.sessionId,
        language: 'en',
        words,
        model: 'm.bin',
        tookMs: 1,
        createdAt: 1,
      },
      database,
    );
    await setCovered(answerId, story.sessionId, 'Ownership', false, database);

    const [attempt] = (await attemptsOfScript('leadership', database)).questions[0]?.attempts ?? [];
    expect(attempt).toMatchObject({
      transcript: { language: 'en', words },
      checklist: ['Result', 'Ownership'],
      story: true,
      ticked: [],
      unticked: ['Ownership'],
    });
  });

  it('counts answers given in practice sessions as attempts at the library question they stood for', async () => {
    const capQuestion = question('CAP', 'Explain CAP');
    const titles = [question('Cache', 'Design a cache'), capQuestion];
    await saveImportedScripts([script('cap-theorem', { questions: titles })], 'notes.md', database);
    const own = await interview('cap-theorem', 5_000, [['q1', 40_000]], { questions: titles });
    // A practice session drew on this script's "CAP" and on another script's question, in its own order.
    const bTreeTurn = turn('What is a B-tree?', { questionIndex: 0, questionNumber: 1 });
    const capTurn = turn('Explain CAP', { questionIndex: 1, questionNumber: 2, budget: short });
    const practiceTurns = [bTreeTurn, capTurn];
    const practiceSession = await records.startSession(
      newSession({
        scriptSource: 'practice',
        script: script(practiceScriptId, {
          questions: [question('B-tree', 'What is a B-tree?'), capQuestion],
        }),
        plan: { turns: practiceTurns, questionCount: 2, budgetSeconds: 300 },
        startedAt: 2_000,
        practice: [
          { scriptKey: 'builtin/databases', title: 'B-tree' },
          { scriptKey: 'imported/cap-theorem', title: 'CAP' },
        ],
      }),
    );
    const bTree = newAnswer(practiceSession, 0, { turn: bTreeTurn });
    await recordedAnswer(records, bTree, 20_000);
    const cap = await recordedAnswer(records, newAnswer(practiceSession, 1, { turn: capTurn }), 30_000);

    const result = await attemptsOfScript('cap-theorem', database);
    // The practice answer comes first (it is older); the practice session is no interview of the script.
    expect(
      result.questions.map(({ questionIndex, attempts }) => [questionIndex, attempts.map((a) => a.answerId)]),
    ).toEqual([[1, [cap, own.answer('q1')]]]);
    expect(result.sessions.map(({ sessionId }) => sessionId)).toEqual([own.sessionId]);
  });

  it("reads of the script's interviews only the answers to its questions, and their transcripts and verdicts", async () => {
    const reads = countReads(database);
    const whole = await interview('cap-theorem', 1_000, [
      ['opening', 5_000],
      ['q0', 60_000],
      ['q0followUp', 30_000],
      ['q1', 40_000],
      ['closing', 10_000],
    ]);
    // Resumed at its second question, which was answered again: both are attempts.
    await recordedAnswer(
      records,
      newAnswer(whole.sessionId, turnNames.indexOf('q1'), { turn: turns.q1, startedAt: 50_000 }),
      45_000,
    );
    await interview('code-review', 2_000, [
      ['q0', 1_000],
      ['q1', 1_000],
    ]);
    for (const name of turnNames) {
      const answerId = whole.answer(name);
      await setAnswerRating(answerId, whole.sessionId, 3, database);
      const words = [{ text: name, startMs: 0, endMs: 300, confidence: 0.9 }];
      const transcript = { answerId, sessionId: whole.sessionId, language: 'en' as const, words };
      await saveTranscript({ ...transcript, model: 'm.bin', tookMs: 1, createdAt: 1 }, database);
    }
    reads.reset();

    const result = await attemptsOfScript('cap-theorem', database);
    expect(result.questions.map(({ attempts }) => attempts.map((attempt) => attempt.durationMs))).toEqual([
      [60_000],
      [40_000, 45_000],
    ]);
    expect(result.sessions).toEqual([{ sessionId: whole.sessionId, startedAt: 1_000, totalMs: 190_000 }]);
    // Three answers of the six stored for the script (and none of the other script's), through the index.
    expect(reads.of('answers')).toEqual({ requests: 2, rows: 3, cursors: 0 });
    expect(reads.of('transcripts')).toEqual({ requests: 1, rows: 2, cursors: 0 });
    expect(reads.of('answerAssessments')).toEqual({ requests: 1, rows: 2, cursors: 0 });
    expect(reads.of('audioChunks').requests).toBe(0);
  });

  it('lists an interview that has no answer yet, and nothing for a script never run', async () => {
    const { sessionId } = await interview('cap-theorem', 1_000, []);

    expect(await attemptsOfScript('cap-theorem', database)).toEqual({
      questions: [],
      sessions: [{ sessionId, startedAt: 1_000, totalMs: 0 }],
    });
    expect(await attemptsOfScript('never-run', database)).toEqual({ questions: [], sessions: [] });
  });
});
