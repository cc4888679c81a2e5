import { afterEach, describe, expect, it } from 'vitest';
import type { SessionStatus } from './records.ts';
import { MemoryRecords } from './testing/memory-records.ts';
import { settle, shortScript, startInterview, stopRunningInterviews } from './testing/machine-harness.ts';
import { buildPlan } from './plan.ts';
import { prompt, question } from '../library/testing/script-fixture.ts';

// What the machine does for recovery: leaving mid-answer keeps the answer's audio summary, and resuming
// takes up the stored session at the turn where it stopped.

afterEach(stopRunningInterviews);

const settings = { timing: 'soft', speech: true } as const;

/** A machine resuming the stored session `session-1` (in `status`) at `turnIndex`, through its microphone check. */
async function resumeAt(turnIndex: number, status: SessionStatus = 'interrupted') {
  const records = new MemoryRecords();
  records.sessions.push({
    id: 'session-1',
    scriptSource: 'builtin',
    script: shortScript,
    plan: buildPlan(shortScript, () => 0),
    settings,
    startedAt: 0,
    status,
    endedAt: 500,
  });
  const t = await startInterview(shortScript, settings, () => 0, {
    records,
    resume: { sessionId: 'session-1', turnIndex },
  });
  t.send('user.start');
  await settle();
  /** The interviewer asks, the candidate answers for 40 s (not so short as to be probed) and says done. */
  const answerTurn = async () => {
    await t.speakPrompt(1_000);
    t.clock.advance(40_000);
    await t.microphone.opened?.recordings.at(-1)?.emitChunk();
    t.send('user.done');
    await settle();
  };
  return { ...t, answerTurn };
}

describe('interview machine, resuming an interrupted session', () => {
  it('continues the stored session at the interrupted turn, asks it again and finishes the session', async () => {
    const t = await resumeAt(1);
    expect(t.state().matches({ running: 'asking' })).toBe(true);
    expect(t.state().context.sessionId).toBe('session-1');
    expect(t.speech.current?.text).toBe('Design a cache.');
    expect(t.records.sessions).toHaveLength(1);
    expect(t.records.sessions[0]?.status).toBe('in-progress');
    expect(t.records.sessions[0]?.endedAt).toBeUndefined();

    await t.answerTurn();
    expect(t.speech.current?.text).toBe('Any questions?');
    await t.answerTurn();
    expect(t.state().value).toBe('done');
    expect(t.records.sessions[0]?.status).toBe('finished');
    expect(t.records.answers.map((a) => [a.sessionId, a.turnIndex, a.timing?.endedBy])).toEqual([
      ['session-1', 1, 'done'],
      ['session-1', 3, 'done'],
    ]);
    // The summary covers the turns of this sitting; the probe the answer did not need is no turn of it.
    expect(t.state().context.outcomes.map((o) => o.turnIndex)).toEqual([1, 3]);
  });

  it('keeps the decisions taken before it stopped, with those taken after', async () => {
    const twoQuestions = {
      ...shortScript,
      questions: [
        question('Cache', 'Design a cache.', { prompt: prompt('Design a cache.', 120) }),
        question('Queue', 'Design a queue.', { prompt: prompt('Design a queue.', 120) }),
      ],
    };
    const before = { turnIndex: 2, asked: true, reason: { kind: 'thin', answerMs: 5_000 } } as const;
    const records = new MemoryRecords();
    records.sessions.push({
      id: 'session-1',
      scriptSource: 'builtin',
      script: twoQuestions,
      plan: buildPlan(twoQuestions, () => 0),
      settings,
      startedAt: 0,
      status: 'interrupted',
      endedAt: 500,
      decisions: [before],
    });
    // Stopped in the first question's probe (turn 2): it is asked again, then the second question (whose
    // 40 s answer needs no probe) and the closing.
    const t = await startInterview(twoQuestions, settings, () => 0, {
      records,
      resume: { sessionId: 'session-1', turnIndex: 2, decisions: [before] },
    });
    t.send('user.start');
    await settle();
    for (let turn = 0; turn < 3; turn++) {
      await t.speakPrompt(1_000);
      t.clock.advance(40_000);
      await t.microphone.opened?.recordings.at(-1)?.emitChunk();
      t.send('user.done');
      await settle();
    }
    expect(t.state().value).toBe('done');
    expect(t.records.sessions[0]?.decisions).toEqual([
      before,
      { turnIndex: 4, asked: false, reason: { kind: 'not-thin', answerMs: 40_000 } },
    ]);
  });

  it('stops with the reason when the session was resumed or closed elsewhere meanwhile', async () => {
    const t = await resumeAt(1, 'finished');
    expect(t.state().value).toBe('failed');
    expect(t.state().context.problem?.kind).toBe('storage');
    expect(t.records.sessions).toHaveLength(1);
    expect(t.records.answers).toHaveLength(0);
  });
});

describe('interview machine, left in the middle of an answer', () => {
  it("stores the answer's audio summary once the recorder has written its last chunk", async () => {
    const t = await resumeAt(0);
    t.speech.start();
    t.speech.end();
    await settle();
    expect(t.state().matches({ running: 'answering' })).toBe(true);
    // The page is left: the machine stops with the answer still recording.
    t.actor.stop();
    await settle();
    const [answer] = t.records.answers;
    expect(answer?.timing).toBeUndefined();
    expect(answer?.audio).toMatchObject({ chunks: expect.any(Number) as number });
    expect(t.records.sessions[0]?.status).toBe('in-progress');
  });
});
