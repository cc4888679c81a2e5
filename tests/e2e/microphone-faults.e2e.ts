// The microphone's faults in real Chromium: permission refused, no input device, the device lost in the
// middle of an answer and while a question is read, and a microphone that delivers only silence. Each
// test says what the user saw and measures how much audio was lost.
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InterviewPage } from './pages/interview-page.ts';
import { LibraryPage } from './pages/library-page.ts';
import { accessibilityViolations } from './support/axe.ts';
import { appUrl, expectNoPageErrors, launchBrowser, type LaunchedBrowser } from './support/browser.ts';
import {
  captureMicrophoneStreams,
  microphoneSettings,
  microphoneStreamCount,
  refuseNextMicrophoneRequest,
  unplugMicrophone,
} from './support/microphone-control.ts';
import { silentWav, spokenWav } from './support/spoken-fixtures.ts';
import { decodeStoredAnswer, readStoredInterview } from './support/stored-interview.ts';

const SCRIPT = resolve(import.meta.dirname, '../fixtures/e2e-one-answer.md');
const BUILTIN = 'technical-deep-dive-async-await';

let browser: LaunchedBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

function answerWav(): Promise<string> {
  return spokenWav(
    'answer-microphone-faults',
    'I would measure first, then put a cache in front of the slowest query and watch the hit rate.',
    'en-us',
  );
}

/** Imports the one-answer script and goes through the microphone check to its first caption (no speech). */
async function startOneAnswerInterview(launched: LaunchedBrowser): Promise<InterviewPage> {
  const library = new LibraryPage(launched.page);
  await library.open();
  await library.importFile(SCRIPT);
  await library.status.getByText(/Imported/).waitFor();
  const interview = new InterviewPage(launched.page);
  await interview.open('imported', 'e2e-one-answer');
  await interview.getReady('Soft', false);
  return interview;
}

describe('microphone permission refused', () => {
  it('says how to allow it, and Try again works once it is allowed', async () => {
    browser = await launchBrowser({
      fakeMicrophoneWav: await answerWav(),
      fakeMicrophoneLoop: true,
      microphonePermission: 'prompt',
    });
    const interview = new InterviewPage(browser.page);
    await interview.open('builtin', BUILTIN);
    await interview.getReady('Soft', false);
    const refused = interview.alert(/blocked the microphone/);
    await refused.waitFor();
    const message = await refused.innerText();
    expect(message).toMatch(/site settings/);
    expect(message).toMatch(/Try again/);
    expect(await accessibilityViolations(browser.page)).toEqual([]);

    // The user allows the microphone in the site settings, then presses Try again.
    await browser.context.grantPermissions(['microphone'], { origin: new URL(appUrl()).origin });
    await interview.retryMicrophone();
    await interview.waitUntilHeard();
    console.info(
      `permission refused: the check said "${message.split('\n')[0] ?? ''}"; audio lost: 0 s (nothing recorded yet)`,
    );
    expectNoPageErrors(browser.page);
  });
});

describe('no microphone at all', () => {
  it('says that none was found and what to do, and Try again asks again', async () => {
    browser = await launchBrowser({ noAudioInput: true });
    const interview = new InterviewPage(browser.page);
    await interview.open('builtin', BUILTIN);
    await interview.getReady('Soft', false);
    const none = interview.alert(/No microphone was found/);
    await none.waitFor();
    expect(await none.innerText()).toMatch(/Connect a microphone.*then try again/s);
    await interview.retryMicrophone();
    // Still none: the same message again, not a stuck "Asking for the microphone…".
    await interview.alert(/No microphone was found/).waitFor();
    expect(await accessibilityViolations(browser.page)).toEqual([]);
    console.info('no input device: "No microphone was found…"; audio lost: 0 s (nothing recorded yet)');
  });
});

describe('the microphone lost during the interview', () => {
  it('pauses with the clock stopped, resumes on the device that comes back, and keeps one whole answer', async () => {
    browser = await launchBrowser({ fakeMicrophoneWav: await answerWav(), fakeMicrophoneLoop: true });
    const { page } = browser;
    await captureMicrophoneStreams(page);
    const interview = await startOneAnswerInterview(browser);
    await interview.waitUntilHeard();

    // Lost during the check: it says so, and Try again asks for the device again.
    await unplugMicrophone(page);
    await interview.alert(/stopped delivering sound.*try again/s).waitFor();
    await interview.retryMicrophone();
    // The reopened device is heard afresh.
    await interview.waitUntilHeard();
    expect(await microphoneStreamCount(page)).toBe(2);
    await interview.start();

    // The opening: speak about three seconds, lose the device.
    await interview.startAnswering();
    await interview.waitForAnswering();
    const began = Date.now();
    await page.waitForTimeout(3_000);
    // Speech is heard, so the silent-microphone warning never came.
    expect(await interview.silenceWarning.count()).toBe(0);
    await unplugMicrophone(page);
    const lostAt = Date.now();
    const lost = interview.alert(/stopped delivering sound/);
    await lost.waitFor();
    expect(await lost.innerText()).toMatch(/paused.*kept.*Reconnect.*Resume/s);
    await page.getByText('Paused', { exact: true }).waitFor();

    // The answer clock stands still while the device is gone.
    const clockAtLoss = await interview.timerReading.innerText();
    await page.waitForTimeout(3_000);
    expect(await interview.timerReading.innerText()).toBe(clockAtLoss);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Resume while the device is still missing: what happened, and Try again.
    await refuseNextMicrophoneRequest(page, 'NotFoundError');
    await interview.resume();
    await interview.alert(/No microphone was found/).waitFor();
    expect(await interview.timerReading.innerText()).toBe(clockAtLoss);

    // The device is back: Try again opens it and the answer goes on.
    await page.getByRole('button', { name: /^Try again/ }).click();
    await interview.waitForAnswering();
    const resumedAt = Date.now();
    expect(await microphoneStreamCount(page)).toBe(3);
    // Echo cancellation is a property of the track, so the reopened one has it as the first did.
    expect(await microphoneSettings(page)).toMatchObject({ echoCancellation: true });
    expect(await lost.count()).toBe(0);
    await page.waitForTimeout(3_000);
    await interview.doneByKeyboard();
    const heldMs = lostAt - began + (Date.now() - resumedAt);

    // The question: its caption is up when the device goes again; nothing is recorded on a dead device.
    await page.getByText('Read the question').waitFor();
    await unplugMicrophone(page);
    await interview.alert(/stopped delivering sound/).waitFor();
    await page.getByText('Paused', { exact: true }).waitFor();
    await interview.resume();
    await page.getByText('Read the question').waitFor();
    expect(await microphoneStreamCount(page)).toBe(4);
    await interview.skipByKeyboard();
    await page.getByText('Read the question').waitFor();
    await interview.skipByKeyboard();
    await interview.waitForFinished();
    expectNoPageErrors(page);

    const stored = await readStoredInterview(page);
    expect(stored.answers).toHaveLength(1);
    const [answer] = stored.answers;
    if (answer?.audio === undefined || answer.timing === undefined)
      throw new Error('The answer is incomplete.');
    const chunks = stored.audioChunks.filter((chunk) => chunk.answerId === answer.id);
    expect(chunks.map((chunk) => chunk.seq)).toEqual(chunks.map((_, seq) => seq));
    const { durationMs, peaks } = answer.audio;
    const decoded = await decodeStoredAnswer(page, answer.id);
    // The answer clock: from the start of the answer to its end, without the pause.
    const clockMs = answer.timing.endedAt - answer.startedAt - answer.timing.pausedMs;
    console.info(
      `device lost mid-answer: spoken ${(heldMs / 1000).toFixed(2)} s (answer clock ${(clockMs / 1000).toFixed(2)} s), ` +
        `stored ${(durationMs / 1000).toFixed(2)} s, ` +
        `decoded ${decoded.durationSeconds.toFixed(2)} s, audio lost ${((heldMs - durationMs) / 1000).toFixed(2)} s; ` +
        `paused ${(answer.timing.pausedMs / 1000).toFixed(2)} s (device gone ${((resumedAt - lostAt) / 1000).toFixed(2)} s)`,
    );
    // One file: what was said before the loss and after the resume, without the outage.
    expect(Math.abs(durationMs - heldMs)).toBeLessThan(500);
    expect(Math.abs(durationMs - clockMs)).toBeLessThan(500);
    expect(Math.abs(decoded.durationSeconds * 1000 - durationMs)).toBeLessThan(500);
    expect(decoded.rms).toBeGreaterThan(0.01);
    // Peaks from the worklet match the duration: 50 pairs a second, and there is sound in them.
    expect(peaks.length / 2 / (durationMs / 1000)).toBeGreaterThan(45);
    expect(peaks.length / 2 / (durationMs / 1000)).toBeLessThan(55);
    expect(Math.max(...peaks.map(Math.abs))).toBeGreaterThan(10);
    expect(chunks.at(-1)?.durationMs).toBe(durationMs);
    // The clock's pause covers the outage (the device was gone from the loss until Resume).
    expect(Math.abs(answer.timing.pausedMs - (resumedAt - lostAt))).toBeLessThan(1_000);
  });
});

describe('a silent microphone', () => {
  it('warns in the check and within seconds of the answer starting', async () => {
    browser = await launchBrowser({ fakeMicrophoneWav: await silentWav(30) });
    const { page } = browser;
    const interview = await startOneAnswerInterview(browser);
    await interview.silenceWarning.waitFor({ timeout: 10_000 });
    expect(await page.getByText('We hear you.', { exact: true }).count()).toBe(0);
    expect(await interview.silenceWarning.innerText()).toMatch(/muted.*wrong input/s);
    expect(await accessibilityViolations(page)).toEqual([]);

    await interview.start();
    await interview.startAnswering();
    await interview.waitForAnswering();
    const began = Date.now();
    await interview.silenceWarning.waitFor({ timeout: 6_000 });
    const warnedAfterMs = Date.now() - began;
    await page.waitForTimeout(1_000);
    await interview.doneByKeyboard();
    const heldMs = Date.now() - began;
    for (let turn = 0; turn < 2; turn++) {
      await page.getByText('Read the question').waitFor();
      await interview.skipByKeyboard();
    }
    await interview.waitForFinished();

    const stored = await readStoredInterview(page);
    const [answer] = stored.answers;
    if (answer?.audio === undefined) throw new Error('The answer is incomplete.');
    console.info(
      `silent microphone: warned ${(warnedAfterMs / 1000).toFixed(2)} s after the answer began; ` +
        `recorded ${(heldMs / 1000).toFixed(2)} s, stored ${(answer.audio.durationMs / 1000).toFixed(2)} s ` +
        `at level ${answer.audio.levels.rms.toFixed(4)} (the input itself was silent)`,
    );
    expect(warnedAfterMs).toBeGreaterThan(2_000);
    expect(Math.abs(answer.audio.durationMs - heldMs)).toBeLessThan(500);
    expect(answer.audio.levels.peak).toBeLessThan(0.01);
    expectNoPageErrors(page);
  });
});
