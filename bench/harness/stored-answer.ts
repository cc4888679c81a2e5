// Stores a long answer through the app's own persistence (createInterviewRecords on the app's schema), chunk
// by chunk as the recorder writes it, so replay reads exactly what a real recording would leave.
import { buildPlan } from '../../src/interview/plan.ts';
import { parseScripts } from '../../src/script/parse.ts';
import { VivaDatabase } from '../../src/store/database.ts';
import { createInterviewRecords } from '../../src/store/interview-records.ts';
import benchScript from '../fixtures/bench-interview.md?raw';
import type { StoredAnswerIds } from './api.ts';
import type { LongAnswer } from './long-answer.ts';

/** A database of the harness's own, beside (never inside) the app's `viva`. */
export const benchDatabase = new VivaDatabase('viva-bench');

const LONG_ANSWER_PROMPT = 'Tell me everything.';
const MS_PER_PEAK_BLOCK = 20;

/** Writes `answer` as the long answer of a finished session of the benchmark script. */
export async function storeLongAnswer(answer: LongAnswer): Promise<StoredAnswerIds> {
  const parsed = parseScripts(benchScript);
  const script = parsed.ok ? parsed.scripts[0] : undefined;
  if (script === undefined) throw new Error('The benchmark script does not parse.');
  const plan = buildPlan(script, Math.random);
  const turnIndex = plan.turns.findIndex((turn) => turn.text === LONG_ANSWER_PROMPT);
  const turn = plan.turns[turnIndex];
  if (turn === undefined) throw new Error(`The benchmark script has no turn "${LONG_ANSWER_PROMPT}".`);

  const records = createInterviewRecords(benchDatabase);
  const startedAt = Date.now();
  const sessionId = await records.startSession({
    scriptSource: 'imported',
    script,
    plan,
    settings: { timing: 'soft', speech: true },
    startedAt,
  });
  const answerId = await records.startAnswer({
    sessionId,
    turnIndex,
    turn,
    askedAt: startedAt,
    startedAt,
    mimeType: answer.mimeType,
  });
  let byteStart = 0;
  let blockStart = 0;
  for (const [seq, byteEnd] of answer.chunkEnds.entries()) {
    const durationMs = answer.chunkDurationsMs[seq] ?? answer.durationMs;
    const blockEnd = Math.round(durationMs / MS_PER_PEAK_BLOCK);
    await records.appendChunk(answerId, {
      seq,
      bytes: answer.bytes.subarray(byteStart, byteEnd),
      peaks: answer.peaks.subarray(2 * blockStart, 2 * blockEnd),
      durationMs,
    });
    byteStart = byteEnd;
    blockStart = blockEnd;
  }
  const endedAt = startedAt + answer.durationMs;
  await records.finishAnswerTiming(answerId, {
    endedAt,
    endedBy: 'done',
    pausedMs: 0,
    overtimeMs: 0,
    sectionMarks: [],
  });
  await records.finishAnswerAudio(answerId, {
    mimeType: answer.mimeType,
    durationMs: answer.durationMs,
    peaks: answer.peaks,
    levels: answer.levels,
    chunks: answer.chunkEnds.length,
  });
  await records.finishSession(sessionId, 'finished', endedAt);
  return { sessionId, answerId };
}
