// A whole interview in real Chromium: real speech synthesis (espeak-ng through speech-dispatcher) asks,
// a fake microphone playing a spoken WAV answers, and the test reads back what IndexedDB holds.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterviewPage } from './pages/interview-page.ts';
import { accessibilityViolations } from './support/axe.ts';
import { expectNoPageErrors, expectRequestsStayOnOrigin, type LaunchedBrowser } from './support/browser.ts';
import { spokenUtterances } from './support/speech-log.ts';
import { launchSpokenInterview } from './support/spoken-interview.ts';
import { decodeStoredAnswer, readStoredInterview } from './support/stored-interview.ts';
import { median } from './support/statistics.ts';
import { turnLatencies } from './support/turn-latency.ts';
import { turnEvents } from './support/turn-log.ts';

const SCRIPT = resolve(import.meta.dirname, '../fixtures/e2e-short-interview.md');

describe('an interview with real speech and a spoken answer', () => {
  let browser: LaunchedBrowser;
  let interview: InterviewPage;
  /** Wall time each answer was recorded for, as the test saw it, by turn. */
  const heldMs: number[] = [];

  beforeAll(async () => {
    browser = await launchSpokenInterview(SCRIPT);
    interview = new InterviewPage(browser.page);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('checks the microphone and the voice, with no accessibility violations', async () => {
    await interview.open('imported', 'e2e-short');
    expect(await accessibilityViolations(browser.page)).toEqual([]);
    await interview.getReady('Strict');
    await interview.waitUntilHeard();
    await browser.page.getByRole('button', { name: 'Play the voice' }).click();
    await browser.page.getByText(/^Speaking with .*\(en/).waitFor({ timeout: 15_000 });
    expect(await accessibilityViolations(browser.page)).toEqual([]);
  });

  it('runs to the end: answers ended by the candidate and by the strict limit', async () => {
    const page = browser.page;
    await interview.start();

    // Opening: answer for about three seconds, then Space.
    expect(await interview.waitForAnswering()).toBe('Hello. Please introduce yourself.');
    // The answer is being recorded from here: the accessibility check's own time counts as answering time.
    let began = Date.now();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.waitForTimeout(3_000);
    await interview.doneByKeyboard();
    heldMs[0] = Date.now() - began;

    // The German question has a 4 s limit: say nothing and let the interviewer cut in.
    expect(await interview.waitForAnswering()).toBe('Wie funktioniert ein Cache?');
    await page.getByText('The interviewer is moving on').waitFor({ timeout: 10_000 });
    heldMs[1] = 4_000;

    // The Russian follow-up: about two seconds, then the button. Halfway, the candidate asks to end the
    // interview and thinks better of it: the question must not cost answer time (nor be recorded).
    expect(await interview.waitForAnswering()).toBe('Что такое инвалидация кеша?');
    began = Date.now();
    await page.waitForTimeout(1_000);
    await page.keyboard.press('Escape');
    const askedToEnd = Date.now();
    await page.getByText('Your answer is paused while you decide.').waitFor();
    await page.waitForTimeout(2_000);
    await page.getByRole('button', { name: 'Keep going' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const pausedFor = Date.now() - askedToEnd;
    await page.waitForTimeout(1_000);
    await interview.doneByButton();
    heldMs[2] = Date.now() - began - pausedFor;

    expect(await interview.waitForAnswering()).toBe('Thank you. Do you have any questions?');
    began = Date.now();
    await page.waitForTimeout(2_000);
    await interview.doneByKeyboard();
    heldMs[3] = Date.now() - began;

    await interview.waitForFinished();
    expect(await interview.summaryRows.allInnerTexts()).toEqual([
      expect.stringMatching(/^Opening\t0:0[2-4]\t—\tYou finished$/),
      expect.stringMatching(/^Question 1 of 1\t0:04\t—\tTime limit$/),
      expect.stringMatching(/^Follow-up on question 1 of 1\t0:0[1-3]\t—\tYou finished\. Asked: time allows$/),
      expect.stringMatching(/^Closing\t0:0[1-3]\t—\tYou finished$/),
    ]);
    expectNoPageErrors(page);
    expectRequestsStayOnOrigin(page);
  });

  it('stored every answer: chunks, duration as spoken, audio that decodes to it, a level and peaks', async () => {
    const stored = await readStoredInterview(browser.page);
    expect(stored.sessions).toHaveLength(1);
    expect(stored.sessions[0]).toMatchObject({ scriptId: 'e2e-short', status: 'finished' });
    const answers = [...stored.answers].sort((a, b) => a.turnIndex - b.turnIndex);
    expect(answers.map((a) => a.timing?.endedBy)).toEqual(['done', 'limit', 'done', 'done']);

    for (const [index, answer] of answers.entries()) {
      const chunks = stored.audioChunks.filter((chunk) => chunk.answerId === answer.id);
      const audio = answer.audio;
      const timing = answer.timing;
      if (audio === undefined || timing === undefined) throw new Error(`answer ${index} is incomplete`);
      const durationMs = audio.durationMs;
      expect(chunks.length, `chunks of answer ${index}`).toBeGreaterThanOrEqual(2);
      expect(chunks.map((c) => c.seq)).toEqual(chunks.map((_, seq) => seq));
      expect(audio.chunks).toBe(chunks.length);
      // The recorded length matches the time the candidate spoke (as the test held it) and the answer clock.
      expect(Math.abs(durationMs - (heldMs[index] ?? 0)), `duration of answer ${index}`).toBeLessThan(500);
      expect(
        Math.abs(durationMs - (timing.endedAt - answer.startedAt - timing.pausedMs)),
        `answer clock ${index}`,
      ).toBeLessThan(500);
      // About 50 min/max pairs a second, stored with the answer so replay needs no decoding.
      expect(audio.peaks.length / 2 / (durationMs / 1000)).toBeGreaterThan(45);
      expect(audio.peaks.length / 2 / (durationMs / 1000)).toBeLessThan(55);
      expect(Math.max(...audio.peaks.map(Math.abs))).toBeGreaterThan(10);
      expect(audio.levels.rms).toBeGreaterThan(0.01);
      const decoded = await decodeStoredAnswer(browser.page, answer.id);
      expect(
        Math.abs(decoded.durationSeconds * 1000 - durationMs),
        `decoded length of ${index}`,
      ).toBeLessThan(500);
      expect(decoded.rms, `decoded level of answer ${index}`).toBeGreaterThan(0.01);
    }
  });

  it('spoke each prompt with a voice of its language, and turned quickly', async () => {
    const spoken = await spokenUtterances(browser.page);
    const voiceOf = (text: string) => spoken.find((u) => u.text.startsWith(text) && u.endAt !== null);
    expect(voiceOf('Hello.')?.voiceLang).toMatch(/^en/i);
    expect(voiceOf('Wie funktioniert')?.voiceLang).toMatch(/^de/i);
    expect(voiceOf('Что такое')?.voiceLang).toMatch(/^ru/i);
    expect(voiceOf('Thank you, we need to move on.')?.voiceLang).toMatch(/^en/i);

    const { promptToRecording, doneToSpeech } = await turnLatencies(browser.page);
    const stops = (await turnEvents(browser.page))
      .filter((event) => event.type === 'recorder.stop')
      .map((event) => event.at);
    // The strict limit: how late after its deadline the recorder was stopped (the issue asks for 100 ms).
    const stored = await readStoredInterview(browser.page);
    const limited = stored.answers.find((a) => a.timing?.endedBy === 'limit');
    const deadline = limited?.timing?.endedAt ?? NaN;
    const limitLateness = (stops.find((stop) => stop >= deadline) ?? NaN) - deadline;
    console.info(
      `strict limit fired ${limitLateness.toFixed(1)} ms after its deadline; turn latency (ms): prompt spoken → recording median ${median(promptToRecording).toFixed(1)} ` +
        `[${promptToRecording.map((ms) => ms.toFixed(1)).join(', ')}]; done → next prompt median ` +
        `${median(doneToSpeech.filter(Number.isFinite)).toFixed(1)} [${doneToSpeech.map((ms) => ms.toFixed(1)).join(', ')}]`,
    );
    expect(limitLateness).toBeGreaterThanOrEqual(0);
    expect(limitLateness).toBeLessThan(250);
    expect(promptToRecording).toHaveLength(4);
    expect(promptToRecording.every(Number.isFinite)).toBe(true);
    // The opening and the follow-up were ended by the candidate; the closing ends the interview, with no prompt after it.
    expect(doneToSpeech.filter(Number.isFinite)).toHaveLength(2);
    // Generous bounds on a shared machine; the target (100 ms) is printed above and in the README.
    expect(median(promptToRecording)).toBeLessThan(1_000);
    expect(median(doneToSpeech.filter(Number.isFinite))).toBeLessThan(1_000);
  });
});
