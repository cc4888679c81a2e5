// Bad input in real Chromium, through the real file pickers: malformed script files and malformed or
// hostile backup zips are refused with a precise message and change nothing; script text that looks like
// HTML or a javascript: link is shown as text, everywhere it appears, and never runs.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterviewPage } from './pages/interview-page.ts';
import { LibraryPage } from './pages/library-page.ts';
import { ReviewPage } from './pages/review-page.ts';
import { writeBackupFiles } from './support/bad-backups.ts';
import {
  expectNoPageErrors,
  expectRequestsStayOnOrigin,
  launchBrowser,
  openApp,
  type LaunchedBrowser,
} from './support/browser.ts';
import { inertnessProblems, mainText } from './support/inert-text.ts';
import { spokenWav } from './support/spoken-fixtures.ts';
import { readStoredInterview, storedRowCounts } from './support/stored-interview.ts';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const expectedAScript =
  'line 1: expected a script in one of the shapes Viva reads: front matter starting with "---" on the first line; "## Mock Interview 1: …" sections; STAR stories ("Situation:", "Task:", "Action:", "Result:"); a dialogue ("Interviewer: …", "Candidate: …"); a "Predicted interview questions" section with areas, and "Questions to ask them"; numbered questions ("1) …", "2. …") with notes under each';
const fixLines = 'Nothing was imported. Fix these lines and import the file again:';
const notText = 'This is not a text file. Import a Markdown (.md) or text (.txt) file.';

// Made before the tests are collected, so each bad backup is a test of its own.
const folder = await mkdtemp(join(tmpdir(), 'viva-bad-input-'));
const backupFiles = await writeBackupFiles(folder);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('malformed script files', () => {
  let browser: LaunchedBrowser;
  let library: LibraryPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    library = new LibraryPage(browser.page);
    await library.open();
    // Something imported already, to show it stays as it was.
    await library.importFile(join(fixtures, 'e2e-one-answer.md'));
    await library.status.getByText(/^Imported 1 script/).waitFor();
  });

  afterAll(async () => {
    await browser.close();
  });

  const valid = async () => readFile(join(fixtures, 'e2e-one-answer.md'), 'utf8');
  const cases: {
    what: string;
    name: string;
    content: () => Promise<string | Uint8Array>;
    reason: string;
    lines: string[];
  }[] = [
    {
      what: 'notes, not a script',
      name: 'notes.md',
      content: () => Promise.resolve('My notes for Friday\n\n- remember to smile\n'),
      reason: fixLines,
      lines: [expectedAScript],
    },
    {
      what: 'an empty file',
      name: 'empty.md',
      content: () => Promise.resolve(''),
      reason: fixLines,
      lines: [expectedAScript],
    },
    {
      what: 'an unknown kind',
      name: 'wrong-kind.md',
      content: async () => (await valid()).replace(/^kind: .*$/m, 'kind: dance'),
      reason: fixLines,
      lines: [
        'line 4: expected a kind: system-design, technical, architecture, problem-solving, code-review, behavioral, screening',
      ],
    },
    {
      what: 'front matter that never ends',
      name: 'unclosed.md',
      content: () => Promise.resolve('---\nid: x\ntitle: X\n'),
      reason: fixLines,
      lines: [
        'line 1: the front matter that starts here has no closing "---" line',
        'line 1: a script starts with "## Opening"',
        'line 1: a script ends with "## Closing" (a "## Rubric" may follow it)',
      ],
    },
    {
      what: 'one script pasted twice',
      name: 'twice.md',
      content: async () => `${await valid()}\n${await valid()}`,
      reason: fixLines,
      lines: [
        'line 37: a second "## Opening" section — a script has one',
        'line 41: sections go in this order: Opening, the questions, Closing, Rubric',
        'line 51: a second "## Closing" section — a script has one',
      ],
    },
    {
      what: 'an image named .md',
      name: 'photo.md',
      content: () =>
        Promise.resolve(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d)),
      reason: notText,
      lines: [],
    },
    {
      what: 'text that is not UTF-8',
      name: 'latin1.txt',
      content: () => Promise.resolve(Uint8Array.of(0x47, 0x72, 0xfc, 0xdf, 0x65, 0x0a)),
      reason: notText,
      lines: [],
    },
    {
      what: 'a file over 1 MB',
      name: 'huge.md',
      content: () => Promise.resolve('x'.repeat(1.5 * 1024 * 1024)),
      reason: 'The file is 1.5 MB; scripts up to 1 MB can be imported.',
      lines: [],
    },
  ];

  it.each(cases)('refuses $what ($name), saying why, and the library stays as it was', async (bad) => {
    const path = join(folder, bad.name);
    await writeFile(path, await bad.content());
    const titles = await library.titlesOf(library.cards);
    const stored = await library.storedImportedCount();

    await library.importFile(path);

    const alert = library.importError.filter({ hasText: `Could not import ${bad.name}.` });
    await alert.waitFor();
    expect(await alert.getByRole('paragraph').innerText()).toBe(
      `Could not import ${bad.name}. ${bad.reason}`,
    );
    expect(await alert.getByRole('listitem').allInnerTexts()).toEqual(bad.lines);
    expect(await library.titlesOf(library.cards)).toEqual(titles);
    expect(await library.storedImportedCount()).toBe(stored);
    expectNoPageErrors(browser.page);
  });
});

describe('malformed and hostile backup zips', () => {
  let browser: LaunchedBrowser;
  let before: { rows: Record<string, number>; stored: unknown; listed: string[] };

  const history = () => browser.page.getByRole('list', { name: 'Interviews' }).getByRole('listitem');

  beforeAll(async () => {
    browser = await launchBrowser();
    await openApp(browser.page, '/#/history');
    await browser.page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    // Two interviews already here, to show they stay exactly as they were.
    await browser.page.locator('input[type=file]').setInputFiles(backupFiles.valid);
    await browser.page.getByText(/^Imported 2 interviews with 4 answers/).waitFor();
    before = {
      rows: await storedRowCounts(browser.page),
      stored: await readStoredInterview(browser.page),
      listed: await history().allInnerTexts(),
    };
    expect(before.listed).toHaveLength(2);
  });

  afterAll(async () => {
    await browser.close();
  });

  it.each(backupFiles.bad)('refuses $what, saying why, and History stays as it was', async (bad) => {
    const name = basename(bad.path);

    await browser.page.locator('input[type=file]').setInputFiles(bad.path);

    const alert = browser.page.getByRole('alert').filter({ hasText: `${name} was not imported: ` });
    await alert.waitFor({ timeout: 30_000 });
    const reason = (await alert.innerText()).slice(`${name} was not imported: `.length);
    if (typeof bad.reason === 'string') expect(reason).toBe(bad.reason);
    else expect(reason).toMatch(bad.reason);
    expect(await storedRowCounts(browser.page)).toEqual(before.rows);
    expect(await readStoredInterview(browser.page)).toEqual(before.stored);
    expect(await history().allInnerTexts()).toEqual(before.listed);
    expectNoPageErrors(browser.page);
  });
});

describe('script text that looks like HTML or a javascript: link', () => {
  let browser: LaunchedBrowser;
  const dialogs: string[] = [];
  const payload = (where: string) => `<img src=x onerror="window.__vivaPwned='${where}'">`;

  beforeAll(async () => {
    const answer = await spokenWav('answer-inert', 'I would answer calmly and precisely.', 'en-us');
    browser = await launchBrowser({ fakeMicrophoneWav: answer, fakeMicrophoneLoop: true, logNetwork: true });
    browser.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await browser.close();
  });

  it('is shown as text in the library', async () => {
    const library = new LibraryPage(browser.page);
    await library.open();
    await library.importFile(join(fixtures, 'e2e-html-payload.md'));
    await library.status.getByText(/^Imported 1 script/).waitFor();
    // The check itself sees markup where there is some.
    await browser.page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<p id="control"><a href="javascript:void 0">x</a><object></object></p>',
      );
    });
    expect(await inertnessProblems(browser.page)).toHaveLength(2);
    await browser.page.evaluate(() => document.getElementById('control')?.remove());

    const card = library.importedCards.first();
    expect(await library.titlesOf(card)).toEqual([`Payload ${payload('title')}`]);
    expect(await card.innerText()).toContain("[a link](javascript:window.__vivaPwned='description')");
    expect(await inertnessProblems(browser.page)).toEqual([]);
  });

  it('is shown as text in the plan', async () => {
    const { page } = browser;
    await new LibraryPage(page).importedCards.first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: `Payload ${payload('title')}` }).waitFor();
    const text = await mainText(page);
    expect(text).toContain(
      `Hello ${payload('opening')} and <script>window.__vivaPwned='opening script'</script>.`,
    );
    expect(text).toContain(`Markup <svg onload="window.__vivaPwned='question title'">`);
    expect(text).toContain(
      "Open [this link](javascript:window.__vivaPwned='prompt') or javascript:window.__vivaPwned='raw' or " +
        `<a href="javascript:window.__vivaPwned='anchor'">this one</a>.`,
    );
    expect(text).toContain(`${payload('checkpoint')} Situation`);
    expect(text).toContain(`Any questions? ${payload('closing')}`);
    expect(text).toContain(`<b onmouseover="window.__vivaPwned='rubric'">Bold claim</b>`);
    expect(await inertnessProblems(page)).toEqual([]);
  });

  it('is shown as text in the interview’s caption', async () => {
    const interview = new InterviewPage(browser.page);
    await interview.open('imported', 'e2e-html-payload');
    await interview.getReady('Soft', false);
    await interview.waitUntilHeard();
    await interview.start();
    await interview.caption.waitFor();
    expect(await interview.caption.innerText()).toContain(
      `Hello ${payload('opening')} and <script>window.__vivaPwned='opening script'</script>.`,
    );
    expect(await inertnessProblems(browser.page)).toEqual([]);
    await interview.answerOpeningThenSkip(2_000, 2);
  });

  it('is shown as text in the review, in the hints and model answer it reveals, and in a pinned note', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Review and assess your answers' }).click();
    const review = new ReviewPage(page);
    await review.waitForReview();
    const text = await mainText(page);
    expect(text).toContain(
      `I would <iframe src="javascript:window.__vivaPwned='model answer'"></iframe> answer calmly.`,
    );
    expect(text).toContain("[Read this](javascript:window.__vivaPwned='hint')");
    await review.pinNote(review.answer(/^Opening/), payload('note'));
    expect(await inertnessProblems(page)).toEqual([]);

    expect(dialogs).toEqual([]);
    // Nothing of it even tried to run: the Content-Security-Policy reported no blocked script either.
    expectNoPageErrors(page);
    expectRequestsStayOnOrigin(page);
  });
});
