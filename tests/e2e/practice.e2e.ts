// The practice plan in real Chromium: plan an interview for tomorrow over two imported scripts (English and
// German), practise today's questions with real speech and a spoken answer, see the queue empty and the day
// marked, then export every interview and restore them into a fresh profile: the same plan and schedule.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterviewPage } from './pages/interview-page.ts';
import { LibraryPage } from './pages/library-page.ts';
import { PracticePage } from './pages/practice-page.ts';
import { accessibilityViolations } from './support/axe.ts';
import {
  expectNoPageErrors,
  expectRequestsStayOnOrigin,
  launchBrowser,
  type LaunchedBrowser,
} from './support/browser.ts';
import { spokenUtterances } from './support/speech-log.ts';
import { launchSpokenInterview } from './support/spoken-interview.ts';
import { readStoredInterview } from './support/stored-interview.ts';

const fixture = (name: string) => resolve(import.meta.dirname, `../fixtures/${name}.md`);
const scripts = ['Practice plan questions', 'Eine Antwort zum Nachhören'];

describe('the practice plan', () => {
  let browser: LaunchedBrowser;
  let practice: PracticePage;
  let folder: string;
  let backup: string;
  let today: string;
  let readinessAfter: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'viva-practice-'));
    browser = await launchSpokenInterview(fixture('e2e-practice'));
    const library = new LibraryPage(browser.page);
    await library.importFile(fixture('e2e-one-answer-de'));
    await library.status.getByText(/Imported/).waitFor();
    practice = new PracticePage(browser.page);
  });

  afterAll(async () => {
    await browser.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('plans an interview for tomorrow: all three questions are due today, on the library too', async () => {
    await practice.open();
    expect(await practice.today.count()).toBe(0);
    today = await practice.localDate();
    await practice.plan('Acme, senior', await practice.localDate(1), scripts);
    // Two questions of 10 s and a 2–3 min story: 3 min 20 s of answers.
    expect(await practice.today.innerText()).toBe('Today: 3 questions, ~3 min');
    expect(await browser.page.locator('.today-list li').allInnerTexts()).toEqual([
      'Konflikt (Eine Antwort zum Nachhören)',
      'Caching (Practice plan questions)',
      'Queues (Practice plan questions)',
    ]);
    expect(await practice.readiness.getByText('not practised yet').count()).toBe(3);
    expect(await practice.calendarDay(today).getAttribute('class')).not.toMatch(/practised/);
    expect(await accessibilityViolations(browser.page)).toEqual([]);

    await browser.page.getByRole('link', { name: 'Library', exact: true }).click();
    await browser.page.getByRole('heading', { level: 2, name: 'Today: 3 questions, ~3 min' }).waitFor();
  });

  it('practises them now as one interview, each question in its own language', async () => {
    await browser.page.getByRole('link', { name: 'Practise now' }).click();
    const interview = new InterviewPage(browser.page);
    await browser.page.getByRole('heading', { level: 1, name: /^Get ready: Practice, / }).waitFor();
    await interview.getReady('Soft');
    await interview.waitUntilHeard();
    await interview.start();
    // The opening, three questions and the closing, about three seconds each, then Space; three seconds are
    // far below a question's target, so the interviewer may probe, in the question's language.
    const captions: string[] = [];
    const finished = browser.page.getByRole('heading', { level: 1, name: 'Interview finished' });
    const recording = browser.page.getByText('Your answer is being recorded');
    while (captions.length < 12) {
      await recording.or(finished).first().waitFor({ timeout: 30_000 });
      if (await finished.isVisible()) break;
      captions.push(await interview.caption.innerText());
      await browser.page.waitForTimeout(3_000);
      await interview.doneByKeyboard();
      await expect
        .poll(async () => (await finished.isVisible()) || !(await recording.isVisible()))
        .toBe(true);
    }
    const probes = ['Könnten Sie das noch etwas vertiefen?', 'Could you go deeper on that?'];
    expect(captions.filter((caption) => !probes.includes(caption)).slice(1, 4)).toEqual([
      'Erzählen Sie von einem Konflikt in Ihrem Team.',
      'How does a cache work?',
      'When would you put a queue between two services?',
    ]);
    // The first answer is probed in German; later probes are asked only while they fit the session's time.
    expect(captions.slice(1, 3)).toEqual(['Erzählen Sie von einem Konflikt in Ihrem Team.', probes[0]]);
    const spoken = await spokenUtterances(browser.page);
    const voiceOf = (text: string) => spoken.find((u) => u.text === text && u.endAt !== null)?.voiceLang;
    expect(voiceOf('Erzählen Sie von einem Konflikt in Ihrem Team.')).toMatch(/^de/i);
    expect(voiceOf('Könnten Sie das noch etwas vertiefen?')).toMatch(/^de/i);
    expect(voiceOf('How does a cache work?')).toMatch(/^en/i);

    const stored = await readStoredInterview(browser.page);
    expect(stored.sessions[0]).toMatchObject({
      scriptSource: 'practice',
      practice: [
        { scriptKey: 'imported/e2e-one-answer-de', title: 'Konflikt' },
        { scriptKey: 'imported/e2e-practice', title: 'Caching' },
        { scriptKey: 'imported/e2e-practice', title: 'Queues' },
      ],
    });

    // The review offers a drill of each question answered: a session of that one question.
    await browser.page.getByRole('link', { name: 'Review and assess your answers' }).click();
    const drills = browser.page.getByRole('link', { name: 'Drill this question' });
    await drills.first().waitFor();
    expect(await drills.count()).toBe(3);
    await drills.first().click();
    await browser.page.getByRole('heading', { level: 1, name: 'Get ready: Drill: Konflikt' }).waitFor();
    expectNoPageErrors(browser.page);
  });

  it('then has nothing due today, marks the day practised and shows each question’s attempt', async () => {
    await practice.open();
    await practice.today.filter({ hasText: 'Today: nothing due' }).waitFor();
    expect(await practice.calendarDay(today).getAttribute('class')).toMatch(/practised/);
    expect(await browser.page.getByText(/Practised 1 day in a row/).count()).toBe(1);
    const trend = practice.readiness.locator('.attempt-trend li');
    // Answers of 3 s: on time for the 10 s questions, short for the 2–3 min story, which comes back first.
    expect(await trend.allInnerTexts()).toEqual([
      expect.stringMatching(/^Hard: short$/),
      expect.stringMatching(/^Good: on time$/),
      expect.stringMatching(/^Good: on time$/),
    ]);
    readinessAfter = await practice.readiness.innerText();
    expect(readinessAfter).toMatch(/Practice plan questions 2 of 2 questions practised/);
    expect(await accessibilityViolations(browser.page)).toEqual([]);

    await browser.page.getByRole('link', { name: 'History', exact: true }).click();
    const download = browser.page.waitForEvent('download');
    await browser.page.getByRole('button', { name: 'Export all interviews' }).click();
    backup = join(folder, (await download).suggestedFilename());
    await (await download).saveAs(backup);
    expectNoPageErrors(browser.page);
    expectRequestsStayOnOrigin(browser.page);
  });

  it('restores the plan and the same schedule from the backup into a fresh profile', async () => {
    const fresh = await launchBrowser({});
    try {
      const library = new LibraryPage(fresh.page);
      await library.open();
      for (const name of ['e2e-practice', 'e2e-one-answer-de']) {
        await library.importFile(fixture(name));
        await library.status.getByText(/Imported/).waitFor();
      }
      await fresh.page.getByRole('link', { name: 'History', exact: true }).click();
      await fresh.page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
      await fresh.page.locator('input[type=file]').setInputFiles(backup);
      await fresh.page.getByText(/^Imported 1 interview .* Your practice plan was restored\.$/).waitFor();
      const restored = new PracticePage(fresh.page);
      await restored.open();
      await restored.today.filter({ hasText: 'Today: nothing due' }).waitFor();
      expect(await restored.readiness.innerText()).toBe(readinessAfter);
      expect(await restored.calendarDay(today).getAttribute('class')).toMatch(/practised/);
      expectNoPageErrors(fresh.page);
    } finally {
      await fresh.close();
    }
  });
});
