import { afterEach, describe, expect, it } from 'vitest';
import { prompt, question, script } from '../library/testing/script-fixture.ts';
import type { FakeClock } from '../platform/clock/fake-clock.ts';
import { FakeMicrophone } from '../platform/microphone/fake-microphone.ts';
import { viewOf } from './connect.ts';
import { FakeListener, spoken } from './testing/fake-listener.ts';
import { settle, shortScript, startInterview, stopRunningInterviews } from './testing/machine-harness.ts';

afterEach(stopRunningInterviews);

describe('interview machine', () => {
  it('walks opening → question → probe → closing, recording each answer after its prompt', async () => {
    const t = await startInterview();
    await t.begin();
    const spoken: string[] = [];
    for (let turn = 0; turn < 4; turn++) {
      expect(t.state().matches({ running: 'asking' })).toBe(true);
      expect(t.microphone.opened?.recordings).toHaveLength(turn);
      spoken.push(t.speech.current?.text ?? '');
      await t.speakPrompt();
      expect(t.state().matches({ running: 'answering' })).toBe(true);
      expect(t.recording().state).toBe('recording');
      t.clock.advance(5_000);
      await t.recording().emitChunk();
      t.send('user.done');
      await settle();
    }
    // 5 s of a 2-minute limit is far under it: the interviewer asks for more, once, in the question's language.
    expect(spoken).toEqual([
      'Hello, please introduce yourself.',
      'Design a cache.',
      'Could you go deeper on that?',
      'Any questions?',
    ]);
    expect(t.state().value).toBe('done');
    expect(t.records.sessions[0]?.status).toBe('finished');
    expect(t.records.sessions[0]?.decisions).toEqual([
      { turnIndex: 2, asked: true, reason: { kind: 'thin', answerMs: 5_000 } },
    ]);
    expect(t.records.answers.map((a) => [a.turn.phase, a.timing?.endedBy, a.chunks.length])).toEqual([
      ['opening', 'done', 1],
      ['question', 'done', 1],
      ['probe', 'done', 1],
      ['closing', 'done', 1],
    ]);
    for (const answer of t.records.answers) {
      expect(answer.timing?.endedAt).toBe(answer.startedAt + 5_000);
      expect(answer.audio?.chunks).toBe(1);
    }
    expect(t.microphone.opened?.closed).toBe(true);
    expect(t.clock.pendingAlarms).toBe(0);
  });

  it('stores each decision as it is taken, so an interview cut short while asking keeps it', async () => {
    const t = await startInterview();
    await t.begin();
    for (let turn = 0; turn < 2; turn++) await t.answerTurn(5_000);
    // The probe is being asked, no answer to it begun: its decision is stored already.
    expect(t.state().matches({ running: 'asking' })).toBe(true);
    expect(t.records.answers).toHaveLength(2);
    expect(t.records.sessions[0]).toMatchObject({
      status: 'in-progress',
      decisions: [{ turnIndex: 2, asked: true, reason: { kind: 'thin', answerMs: 5_000 } }],
    });
    expect(t.state().context.pendingSaves).toBe(0);
  });

  it('stops with the reason when the decisions cannot be stored', async () => {
    const t = await startInterview();
    // The disk refuses the interviewer's decision about the probe.
    t.records.keepDecisions = () => Promise.reject(new Error('The disk is full.'));
    await t.begin();
    for (let turn = 0; turn < 2; turn++) await t.answerTurn(5_000);
    expect(t.state().value).toBe('failed');
    expect(t.state().context.problem).toEqual({ kind: 'storage', message: 'The disk is full.' });
    // Closing the session as interrupted is tried all the same, and takes the decisions with it.
    expect(t.records.sessions[0]).toMatchObject({
      status: 'interrupted',
      decisions: [{ turnIndex: 2, asked: true }],
    });
  });

  it('stores when the prompt was asked and when the answer began', async () => {
    const t = await startInterview();
    await t.begin();
    const askedAt = t.clock.now();
    await t.speakPrompt(3_000);
    t.send('user.done');
    await settle();
    expect(t.records.answers[0]).toMatchObject({ askedAt, startedAt: askedAt + 3_000, turnIndex: 0 });
  });

  it('in strict mode interrupts at the limit, says so in the script language, and moves on', async () => {
    const german = { ...shortScript, language: 'de-DE' };
    const t = await startInterview(german, { timing: 'strict', speech: true });
    await t.begin();
    await t.speakPrompt();
    const started = t.clock.now();
    t.clock.advance(59_999);
    expect(t.state().matches({ running: 'answering' })).toBe(true);
    t.clock.advance(1);
    expect(t.state().matches({ running: 'interrupting' })).toBe(true);
    expect(t.speech.current?.text).toBe('Danke, wir müssen weitermachen.');
    await settle();
    expect(t.recording().state).toBe('stopped');
    expect(t.records.answers[0]?.timing).toMatchObject({
      endedBy: 'limit',
      endedAt: started + 60_000,
      overtimeMs: 0,
    });
    t.speech.finish();
    await settle();
    expect(t.state().matches({ running: 'asking' })).toBe(true);
    expect(t.speech.current?.text).toBe('Design a cache.');
  });

  it('in soft mode keeps recording past the limit and counts the overtime', async () => {
    const t = await startInterview();
    await t.begin();
    await t.speakPrompt();
    t.clock.advance(47_999);
    expect(t.state().context.stage).toBe('on-time');
    t.clock.advance(1);
    expect(t.state().context.stage).toBe('warning');
    t.clock.advance(12_000);
    expect(t.state().context.stage).toBe('over');
    t.clock.advance(15_000);
    expect(t.state().matches({ running: 'answering' })).toBe(true);
    t.send('user.done');
    await settle();
    expect(t.records.answers[0]?.timing).toMatchObject({ endedBy: 'done', overtimeMs: 15_000 });
  });

  it('untimed sets no alarm and never ends a turn by itself', async () => {
    const t = await startInterview(shortScript, { timing: 'untimed', speech: true });
    await t.begin();
    await t.speakPrompt();
    t.clock.advance(3_600_000);
    expect(t.state().matches({ running: 'answering' })).toBe(true);
    expect(t.state().context.stage).toBe('on-time');
    t.send('user.done');
    await settle();
    expect(t.records.answers[0]?.timing?.overtimeMs).toBe(0);
  });

  it('skips: before the answer nothing is recorded; during it the answer is kept and marked', async () => {
    const t = await startInterview();
    await t.begin();
    t.send('user.skip');
    await settle();
    expect(t.speech.cancelled).toBe(1);
    expect(t.state().context.turnIndex).toBe(1);
    expect(t.state().context.outcomes[0]).toMatchObject({ endedBy: 'skip', turnIndex: 0 });
    await t.speakPrompt();
    t.clock.advance(4_000);
    t.send('user.skip');
    await settle();
    expect(t.records.answers).toHaveLength(1);
    expect(t.records.answers[0]).toMatchObject({ turnIndex: 1, timing: { endedBy: 'skip' } });
  });

  it('pauses clock and recorder together, and resumes with the deadline moved by the pause', async () => {
    const t = await startInterview(shortScript, { timing: 'strict', speech: true });
    await t.begin();
    await t.speakPrompt();
    const started = t.clock.now();
    t.clock.advance(20_000);
    t.send('user.pause');
    await settle();
    expect(t.recording().state).toBe('paused');
    t.clock.advance(600_000);
    expect(t.state().matches({ running: { answering: 'paused' } })).toBe(true);
    t.send('user.resume');
    await settle();
    expect(t.recording().state).toBe('recording');
    t.clock.advance(39_999);
    expect(t.state().matches({ running: 'answering' })).toBe(true);
    t.clock.advance(1);
    expect(t.state().matches({ running: 'interrupting' })).toBe(true);
    await settle();
    expect(t.records.answers[0]?.timing).toMatchObject({
      endedAt: started + 660_000,
      pausedMs: 600_000,
      endedBy: 'limit',
    });
  });

  it('pausing while the question is asked cancels speech, and resuming asks it again', async () => {
    const t = await startInterview();
    await t.begin();
    t.speech.start();
    t.send('user.pause');
    expect(t.speech.cancelled).toBe(1);
    expect(t.speech.current).toBeUndefined();
    t.send('user.resume');
    expect(t.speech.spoken.map((s) => s.text)).toEqual([
      'Hello, please introduce yourself.',
      'Hello, please introduce yourself.',
    ]);
  });

  it('repeats the question while the answer clock keeps running', async () => {
    const t = await startInterview(shortScript, { timing: 'strict', speech: true });
    await t.begin();
    await t.speakPrompt();
    t.clock.advance(10_000);
    t.send('user.repeat');
    expect(t.speech.current?.text).toBe('Hello, please introduce yourself.');
    t.speech.start();
    t.clock.advance(3_000);
    t.speech.end();
    expect(t.state().matches({ running: { answering: { live: { voice: 'silent' } } } })).toBe(true);
    expect(t.recording().state).toBe('recording');
    t.clock.advance(47_000);
    expect(t.state().matches({ running: 'interrupting' })).toBe(true);
  });

  it('aborts: stops the answer, keeps it, and closes the session as aborted', async () => {
    const t = await startInterview();
    await t.begin();
    await t.speakPrompt();
    t.clock.advance(3_000);
    await t.recording().emitChunk();
    t.send('user.abort');
    await settle();
    expect(t.state().value).toBe('done');
    expect(t.records.sessions[0]?.status).toBe('aborted');
    expect(t.records.answers[0]).toMatchObject({ timing: { endedBy: 'abort' }, audio: { chunks: 1 } });
    expect(t.records.answers[0]?.chunks).toHaveLength(1);
  });

  it('asks N questions of a pool', async () => {
    const pool = script('pool', {
      questions: ['A', 'B', 'C', 'D'].map((title) => question(title, `Question ${title}?`)),
      pool: { ask: 2, order: 'shuffled' },
    });
    const t = await startInterview(pool, { timing: 'soft', speech: true }, () => 0.5);
    const { plan } = t.state().context;
    expect(plan.questionCount).toBe(2);
    expect(plan.turns.filter((turn) => turn.phase === 'question')).toHaveLength(2);
    await t.begin();
    for (const turn of plan.turns) {
      expect(t.speech.current?.text).toBe(turn.text);
      await t.speakPrompt();
      t.send('user.done');
      await settle();
    }
    expect(t.state().value).toBe('done');
    // Opening, closing, and each question with its probe: an instant answer is always probed.
    expect(t.records.answers).toHaveLength(6);
  });

  it('catches up after a hidden tab: the strict limit ends the answer at its own time', async () => {
    const t = await startInterview(shortScript, { timing: 'strict', speech: true });
    await t.begin();
    await t.speakPrompt();
    const started = t.clock.now();
    t.clock.sleep(95_000);
    expect(t.state().matches({ running: 'answering' })).toBe(true);
    t.clock.show();
    expect(t.state().matches({ running: 'interrupting' })).toBe(true);
    await settle();
    expect(t.records.answers[0]?.timing).toMatchObject({ endedAt: started + 60_000, overtimeMs: 0 });
  });

  it('catches up after a hidden tab in soft mode with the exact stage and overtime', async () => {
    const t = await startInterview();
    await t.begin();
    await t.speakPrompt();
    t.clock.sleep(95_000);
    t.clock.show();
    expect(t.state().context.stage).toBe('over');
    t.send('user.done');
    await settle();
    expect(t.records.answers[0]?.timing?.overtimeMs).toBe(35_000);
  });

  it('does not stall when the speech engine never says it finished (watchdog)', async () => {
    const t = await startInterview();
    await t.begin();
    t.speech.start();
    t.clock.advance(120_000);
    expect(t.state().matches({ running: 'answering' })).toBe(true);
    expect(t.speech.cancelled).toBe(1);
    await settle();
    expect(t.recording().state).toBe('recording');
  });

  it('with speech off shows the caption for a reading time, then records', async () => {
    const t = await startInterview(shortScript, { timing: 'soft', speech: false });
    await t.begin();
    expect(t.state().matches({ running: 'reading' })).toBe(true);
    expect(t.speech.spoken).toEqual([]);
    t.clock.advance(2_999);
    expect(t.state().matches({ running: 'reading' })).toBe(true);
    t.clock.advance(1);
    expect(t.state().matches({ running: 'answering' })).toBe(true);
  });

  it('with speech off and a strict limit moves on silently at the limit', async () => {
    const t = await startInterview(shortScript, { timing: 'strict', speech: false });
    await t.begin();
    t.clock.advance(3_000);
    t.clock.advance(60_000);
    await settle();
    expect(t.state().matches({ running: 'reading' })).toBe(true);
    expect(t.state().context.turnIndex).toBe(1);
    expect(t.speech.spoken).toEqual([]);
    expect(t.records.answers[0]?.timing?.endedBy).toBe('limit');
  });

  it('reads the caption instead when there is no voice for the language', async () => {
    const t = await startInterview({ ...shortScript, language: 'fr-FR' });
    await t.begin();
    await settle();
    expect(t.state().matches({ running: 'reading' })).toBe(true);
  });

  it('marks the next section of a timed main answer, never past the last', async () => {
    const design = script('design', {
      questions: [
        question('Design', 'Design a URL shortener.', {
          checkpoints: [
            { text: 'Clarify', seconds: 300 },
            { text: 'Diagram', seconds: 600 },
            { text: 'Deep dive', seconds: 1200 },
          ],
        }),
      ],
    });
    const t = await startInterview(design);
    await t.begin();
    await t.speakPrompt();
    t.send('user.done');
    await settle();
    await t.speakPrompt();
    t.clock.advance(280_000);
    t.send('user.nextSection');
    t.clock.advance(700_000);
    t.send('user.nextSection');
    t.send('user.nextSection');
    t.send('user.done');
    await settle();
    expect(t.records.answers[1]?.timing?.sectionMarks).toEqual([280_000, 980_000]);
  });

  it('reports a refused microphone and waits for a retry', async () => {
    const denied = await startInterviewWithMicrophone('denied');
    expect(denied.state().matches({ preparing: 'microphoneFailed' })).toBe(true);
    expect(denied.state().context.problem).toMatchObject({ kind: 'microphone', problem: 'denied' });
  });

  it('checks the voice in the script language before starting', async () => {
    const t = await startInterview({ ...shortScript, language: 'ru-RU' });
    t.send('user.testVoice');
    expect(t.speech.current?.options.lang).toBe('ru-RU');
    t.speech.finish();
    expect(t.state().context.voiceCheck).toMatchObject({ voice: { lang: 'ru-RU' } });
    expect(t.state().matches({ preparing: { ready: 'quiet' } })).toBe(true);
  });

  it('stops with a storage problem when an answer cannot be written', async () => {
    const t = await startInterview();
    await t.begin();
    await t.speakPrompt();
    t.records.failWrites = new Error('QuotaExceededError: the disk is full');
    await t
      .recording()
      .emitChunk()
      .catch(() => undefined);
    await settle();
    expect(t.state().value).toBe('failed');
    expect(t.state().context.problem?.kind).toBe('storage');
    expect(t.state().context.problem?.message).toContain('disk is full');
    // Storage refused the session's end too: it stays unfinished, and nothing is left running.
    expect(t.records.sessions[0]?.status).toBe('in-progress');
    expect(t.microphone.opened?.closed).toBe(true);
  });

  it('keeps the chunks written before a failed write, closes the microphone and marks the session interrupted', async () => {
    const t = await startInterview();
    await t.begin();
    await t.speakPrompt();
    await t.recording().emitChunk();
    await t.recording().emitChunk();
    t.recording().failNextWrite = true;
    await t
      .recording()
      .emitChunk()
      .catch(() => undefined);
    await settle();

    expect(t.state().value).toBe('failed');
    expect(t.state().context.problem).toMatchObject({ kind: 'storage' });
    expect(t.recording().state).toBe('stopped');
    expect(t.microphone.opened?.closed).toBe(true);
    expect(t.records.answers[0]?.chunks.map((chunk) => chunk.durationMs)).toEqual([1000, 2000]);
    expect(t.records.sessions[0]).toMatchObject({ status: 'interrupted', endedAt: t.clock.now() });
  });

  describe('when the microphone goes away', () => {
    const device = (t: Awaited<ReturnType<typeof startInterview>>) => {
      const open = t.microphone.opened;
      if (open === undefined) throw new Error('The microphone was never opened.');
      return open;
    };

    it('mid-answer: pauses recorder and clock, keeps the recording, and resumes it on the reopened device', async () => {
      const t = await startInterview(shortScript, { timing: 'strict', speech: true });
      await t.begin();
      await t.speakPrompt();
      const started = t.clock.now();
      t.clock.advance(10_000);
      await t.recording().emitChunk(10_000);
      device(t).end();
      await settle();
      expect(t.state().matches({ running: { answering: { paused: 'waiting' } } })).toBe(true);
      expect(t.state().context.problem).toMatchObject({ kind: 'microphone-lost' });
      expect(t.state().context.problem?.message).toMatch(/paused.*kept.*Resume/s);
      expect(t.recording().state).toBe('paused');
      // The strict limit (60 s) does not fire while the device is gone.
      t.clock.advance(120_000);
      expect(t.state().matches({ running: { answering: 'paused' } })).toBe(true);
      t.send('user.resume');
      expect(t.state().matches({ running: { answering: { paused: 'reopening' } } })).toBe(true);
      await settle();
      expect(device(t).reopens).toBe(1);
      expect(t.state().matches({ running: { answering: 'live' } })).toBe(true);
      expect(t.state().context.problem).toBeUndefined();
      expect(t.microphone.opened?.recordings).toHaveLength(1);
      expect(t.recording().state).toBe('recording');
      t.clock.advance(20_000);
      await t.recording().emitChunk(20_000);
      t.send('user.done');
      await settle();
      expect(t.records.answers).toHaveLength(1);
      expect(t.records.answers[0]?.chunks).toHaveLength(2);
      expect(t.records.answers[0]?.audio?.durationMs).toBe(30_000);
      expect(t.records.answers[0]?.timing).toMatchObject({
        endedAt: started + 150_000,
        pausedMs: 120_000,
        endedBy: 'done',
      });
    });

    it('keeps waiting with what happened when the device is still missing, and goes on once it is back', async () => {
      const t = await startInterview();
      await t.begin();
      await t.speakPrompt();
      device(t).end();
      await settle();
      t.microphone.failWith = 'no-device';
      t.send('user.resume');
      await settle();
      expect(t.state().matches({ running: { answering: { paused: 'waiting' } } })).toBe(true);
      expect(t.state().context.problem).toMatchObject({ kind: 'microphone', problem: 'no-device' });
      expect(t.state().context.problem?.message).toMatch(/No microphone was found/);
      expect(t.recording().state).toBe('paused');
      t.microphone.failWith = undefined;
      t.send('user.resume');
      await settle();
      expect(t.state().matches({ running: { answering: 'live' } })).toBe(true);
      expect(t.recording().state).toBe('recording');
    });

    it('while already paused: the pause keeps its own start, so the clock loses no answer time', async () => {
      const t = await startInterview();
      await t.begin();
      await t.speakPrompt();
      const started = t.clock.now();
      t.clock.advance(5_000);
      t.send('user.pause');
      t.clock.advance(30_000);
      device(t).end();
      t.clock.advance(30_000);
      t.send('user.resume');
      await settle();
      t.clock.advance(5_000);
      t.send('user.done');
      await settle();
      expect(t.records.answers[0]?.timing).toMatchObject({ endedAt: started + 70_000, pausedMs: 60_000 });
    });

    it('while the question is asked: stops speaking, waits, and asks again once the device is back', async () => {
      const t = await startInterview();
      await t.begin();
      t.speech.start();
      device(t).end();
      await settle();
      expect(t.speech.cancelled).toBe(1);
      expect(t.state().matches({ running: 'pausedWhileAsking' })).toBe(true);
      expect(t.state().context.problem?.kind).toBe('microphone-lost');
      t.send('user.resume');
      await settle();
      expect(t.state().matches({ running: 'asking' })).toBe(true);
      expect(t.speech.current?.text).toBe('Hello, please introduce yourself.');
      await t.speakPrompt();
      expect(t.recording().state).toBe('recording');
    });

    it('while the interviewer cuts in: finishes the line, then waits instead of recording on a dead device', async () => {
      const t = await startInterview(shortScript, { timing: 'strict', speech: true });
      await t.begin();
      await t.speakPrompt();
      t.clock.advance(60_000);
      expect(t.state().matches({ running: 'interrupting' })).toBe(true);
      device(t).end();
      t.speech.finish();
      await settle();
      expect(t.state().matches({ running: 'pausedWhileAsking' })).toBe(true);
      expect(t.state().context.turnIndex).toBe(1);
      expect(t.speech.spoken.map((s) => s.text)).not.toContain('Design a cache.');
      t.send('user.resume');
      await settle();
      expect(t.speech.current?.text).toBe('Design a cache.');
      await t.speakPrompt();
      expect(t.microphone.opened?.recordings).toHaveLength(2);
      expect(t.recording().state).toBe('recording');
    });

    it('a skipped answer while the device is gone: the next question waits for it', async () => {
      const t = await startInterview();
      await t.begin();
      await t.speakPrompt();
      device(t).end();
      await settle();
      t.send('user.skip');
      await settle();
      expect(t.records.answers[0]?.timing?.endedBy).toBe('skip');
      expect(t.state().matches({ running: 'pausedWhileAsking' })).toBe(true);
      expect(t.state().context.turnIndex).toBe(1);
    });

    it('during the microphone check: says so, and Try again asks for the device again', async () => {
      const t = await startInterview();
      device(t).end();
      await settle();
      expect(t.state().matches({ preparing: 'microphoneFailed' })).toBe(true);
      expect(t.state().context.problem?.message).toMatch(/stopped delivering sound.*try again/s);
      t.send('user.retryMicrophone');
      await settle();
      expect(device(t).reopens).toBe(1);
      expect(t.microphone.opens).toBe(1);
      expect(t.state().matches({ preparing: 'ready' })).toBe(true);
      expect(t.state().context.problem).toBeUndefined();
    });
  });
});

async function startInterviewWithMicrophone(problem: 'denied') {
  return startInterview(shortScript, { timing: 'soft', speech: true }, () => 0, {
    microphone: new FakeMicrophone({ failWith: problem }),
  });
}

describe('interview machine, keeping to the stated duration', () => {
  it('cuts every required budget by one share when they alone overrun, from the first turn on', async () => {
    // 210 s of answers and 18 s of prompts and hand-overs in 120 s: each budget gets (120 - 18) / 210 of itself.
    const tight = script('tight', {
      durationSeconds: 120,
      opening: prompt('Hello.', 60),
      questions: [question('Cache', 'Design a cache.', { prompt: prompt('Design a cache.', 120) })],
      closing: prompt('Bye.', 30),
    });
    const t = await startInterview(tight, { timing: 'strict', speech: true });
    await t.begin();
    while (!t.state().matches('done')) {
      await t.speakPrompt(3_000);
      t.send('user.done');
      await settle();
    }
    const required = t.records.answers.filter((answer) => answer.turn.phase !== 'probe');
    expect(required.map((answer) => answer.turn.budget)).toEqual([
      { kind: 'limit', seconds: 29 },
      // The first answer took none of its 29 s: the question's share is worked out again from the time left.
      { kind: 'limit', seconds: 84 },
      // By the closing, most of the time is unused: its budget is whole again.
      { kind: 'limit', seconds: 30 },
    ]);
  });

  it('leaves out a follow-up that no longer fits, asks the closing, and stores why', async () => {
    const timed = script('timed', {
      durationSeconds: 300,
      opening: prompt('Hello, please introduce yourself.', 60),
      questions: [
        question('Cache', 'Design a cache.', {
          prompt: prompt('Design a cache.', 120),
          followUps: [prompt('How would you shard it?', 120)],
        }),
      ],
      closing: prompt('Any questions?', 30),
    });
    const t = await startInterview(timed, { timing: 'strict', speech: true });
    await t.begin();
    const spoken: string[] = [];
    for (const answerMs of [60_000, 120_000, 10_000]) {
      spoken.push(t.speech.current?.text ?? '');
      await t.speakPrompt(3_000);
      t.clock.advance(answerMs - 1);
      t.send('user.done');
      await settle();
    }
    expect(spoken).toEqual(['Hello, please introduce yourself.', 'Design a cache.', 'Any questions?']);
    expect(t.state().value).toBe('done');
    // 186 s (less 2 ms) used of 300: the follow-up (3 s prompt, 3 s hand-over, 120 s) and then the closing (36 s) do not fit.
    expect(t.records.sessions[0]?.decisions).toEqual([
      { turnIndex: 2, asked: false, reason: { kind: 'not-thin', answerMs: 120_000 - 1 } },
      { turnIndex: 3, asked: false, reason: { kind: 'time', leftMs: 114_000 + 2, neededMs: 162_000 } },
    ]);
    // The probe the answer did not need is kept as a decision, but is no turn of the summary.
    expect(t.state().context.outcomes.map((o) => [o.turnIndex, o.endedBy])).toEqual([
      [0, 'done'],
      [1, 'done'],
      [3, 'skip'],
      [4, 'done'],
    ]);
  });
});

describe('interview machine, listening to the main answer before its follow-ups', () => {
  const linked = script('linked', {
    opening: prompt('Hello.', 60),
    questions: [
      question('Cache', 'Design a cache.', {
        prompt: prompt('Design a cache.', 120),
        checkpoints: [{ text: 'Eviction policy' }],
        followUps: [{ ...prompt('What goes when the cache is full?', 60), probes: [0] }],
      }),
    ],
    closing: prompt('Any questions?', 30),
  });
  const answer = spoken('when it is full I would evict with an LRU eviction policy per tenant');

  /** Answers the opening, then the question for 60 s, with a listener taking `tookMs` (none: transcription off). */
  async function answerQuestion(tookMs?: number) {
    let listener: FakeListener | undefined;
    const options =
      tookMs === undefined
        ? {}
        : { listener: (clock: FakeClock) => (listener = new FakeListener(clock, answer, tookMs)) };
    const t = await startInterview(linked, { timing: 'soft', speech: true }, () => 0, options);
    await t.begin();
    for (const answerMs of [10_000, 60_000]) {
      await t.speakPrompt();
      t.clock.advance(answerMs);
      await t.recording().emitChunk();
      t.send('user.done');
      await settle();
    }
    return { ...t, listener };
  }

  it('leaves out a follow-up the answer covered, with the words and their moment', async () => {
    // 4 s to transcribe, within the 10 s wait.
    const t = await answerQuestion(4_000);
    expect(t.state().matches({ running: 'listening' })).toBe(true);
    expect(t.listener?.requests.map((r) => [r.sessionId, r.turnIndex, r.language])).toEqual([
      ['session-1', 1, 'en'],
    ]);
    t.clock.advance(4_000);
    await settle();
    expect(t.speech.current?.text).toBe('Any questions?');
    // The page counts the turns asked: the closing is the third of three, the probe and follow-up left out.
    const { turnNumber, turnCount, turnIndex } = viewOf(t.state());
    expect([turnIndex, turnNumber, turnCount]).toEqual([4, 3, 3]);
    expect(t.state().context.decisions).toEqual([
      { turnIndex: 2, asked: false, reason: { kind: 'not-thin', answerMs: 60_000 } },
      {
        turnIndex: 3,
        asked: false,
        reason: {
          kind: 'covered',
          checkpoints: ['Eviction policy'],
          quote: 'an LRU eviction policy per tenant',
          // The ninth word, 400 ms each: where the quote starts in the main answer.
          atMs: 3_200,
        },
      },
    ]);
  });

  it('asks the follow-up when the words do not come within the wait, and stops the transcription', async () => {
    // 45 s to transcribe, as Whisper takes for a short answer on two cores.
    const t = await answerQuestion(45_000);
    expect(t.state().matches({ running: 'listening' })).toBe(true);
    t.clock.advance(10_000);
    await settle();
    expect(t.listener?.aborted).toBe(1);
    expect(t.speech.current?.text).toBe('What goes when the cache is full?');
    expect(t.state().context.decisions.at(-1)).toEqual({
      turnIndex: 3,
      asked: true,
      reason: { kind: 'coverage-unknown' },
    });
  });

  it('asks the follow-up at once when nothing listens (transcription off)', async () => {
    const t = await answerQuestion();
    expect(t.speech.current?.text).toBe('What goes when the cache is full?');
    expect(t.state().context.decisions.at(-1)?.reason).toEqual({ kind: 'coverage-unknown' });
  });
});
