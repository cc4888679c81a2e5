// What both cross-browser tests expect of the answers an interview stored, whatever the browser recorded.
import { expect } from 'vitest';
import type { StoredInterview } from '../../support/stored-interview.ts';
import type { AppInBrowser } from './app-in-browser.ts';
import { decodeAnswer, replayFirstAnswer } from './interview-flow.ts';

/**
 * Each of the `count` answers: in `mimeType`, at least two chunks, as long as the candidate held it (about
 * `answerMs`), a level, about 50 peak pairs a second, and audio that decodes, not silent, to its length
 * within `decodeToleranceMs`.
 */
export async function expectRecordedAnswers(
  app: AppInBrowser,
  stored: StoredInterview,
  {
    count,
    mimeType,
    answerMs,
    decodeToleranceMs,
  }: { count: number; mimeType: RegExp; answerMs: number; decodeToleranceMs: number },
): Promise<void> {
  const answers = [...stored.answers].sort((a, b) => a.turnIndex - b.turnIndex);
  expect(answers).toHaveLength(count);
  for (const answer of answers) {
    const where = `answer of turn ${String(answer.turnIndex)}`;
    expect(answer.mimeType, where).toMatch(mimeType);
    const durationMs = answer.audio?.durationMs ?? 0;
    expect(Math.abs(durationMs - answerMs), where).toBeLessThan(1_000);
    expect(answer.audio?.levels.rms, where).toBeGreaterThan(0.01);
    expect((answer.audio?.peaks.length ?? 0) / 2 / (durationMs / 1000), where).toBeGreaterThan(40);
    const chunks = stored.audioChunks.filter((chunk) => chunk.answerId === answer.id);
    expect(chunks.length, where).toBeGreaterThanOrEqual(2);
    const decoded = await decodeAnswer(app, answer.id);
    expect(Math.abs(decoded.durationSeconds * 1000 - durationMs), where).toBeLessThan(decodeToleranceMs);
    expect(decoded.rms, where).toBeGreaterThan(0.01);
  }
}

/** The review of the one interview stored: the first answer's waveform is drawn, and Play moves it on. */
export async function expectReplay(app: AppInBrowser, stored: StoredInterview): Promise<void> {
  expect(stored.sessions).toHaveLength(1);
  const replay = await replayFirstAnswer(app, stored.sessions[0]?.id ?? '');
  expect(replay.paintedPixels).toBeGreaterThan(100);
  expect(replay.position).toMatch(/^0:0[1-9] \/ 0:0[2-4]$/);
}
