// The script editor in a real browser: duplicate a built-in script, break a line (the error names it and
// saving is refused), fix it, save it into the library and run it with real speech; and a script written
// from scratch, kept from a stray click away and from closing the tab while unsaved, then saved (its URL
// becomes its edit route, so a reload opens it).
import type { Dialog } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { EditorPage } from './pages/editor-page.ts';
import { InterviewPage } from './pages/interview-page.ts';
import { LibraryPage } from './pages/library-page.ts';
import { PlanPage } from './pages/plan-page.ts';
import { expectNoPageErrors, expectRequestsStayOnOrigin, type LaunchedBrowser } from './support/browser.ts';
import { accessibilityViolations } from './support/axe.ts';
import { spokenUtterances } from './support/speech-log.ts';
import { launchSpeakingBrowser } from './support/spoken-interview.ts';

const ORIGINAL = 'Architecture - Clean Architecture';
const COPY = `${ORIGINAL} (copy)`;
const OPENING = "Let's talk about architecture. I want to understand how you design systems.";

let browser: LaunchedBrowser;
let library: LibraryPage;
let editor: EditorPage;

beforeEach(async () => {
  browser = await launchSpeakingBrowser();
  library = new LibraryPage(browser.page);
  editor = new EditorPage(browser.page);
});

afterEach(async () => {
  await browser.close();
});

test('a duplicated built-in script, broken and fixed, is saved into the library and runs', async () => {
  const { page } = browser;
  await library.open();
  await library.cards.filter({ hasText: ORIGINAL }).getByRole('link').click();
  await new PlanPage(page).heading(ORIGINAL).waitFor();

  await page.getByRole('link', { name: 'Duplicate and edit' }).click();
  await editor.heading(`Copy of “${ORIGINAL}”`).waitFor();
  expect(page.url()).toContain('#/edit/copy/builtin/architecture-clean-architecture');
  await editor.noProblems.waitFor();
  const copied = await editor.text();
  expect(copied).toMatch(
    /^---\nid: architecture-clean-architecture-copy\ntitle: Architecture - Clean Architecture \(copy\)\n/,
  );
  await editor.preview.getByRole('heading', { name: COPY }).waitFor();

  // Break the opening's budget: the error names its line, the gutter marks it, and nothing can be saved.
  const opening = await editor.lineNumberOf('## Opening (1m)');
  await editor.replaceText(copied.replace('## Opening (1m)', '## Opening (1 minuts)'));
  const problem = editor.problemAt(opening);
  await problem.waitFor();
  expect(await problem.innerText()).toContain('unknown duration "1 minuts"');
  expect(await editor.markedLines()).toEqual([opening]);
  expect(await editor.field.getAttribute('aria-invalid')).toBe('true');
  expect(await accessibilityViolations(page)).toEqual([]);
  await editor.saveByButton();
  await editor.outcome
    .filter({ hasText: `Not saved: the script has 1 problem (the first at line ${opening})` })
    .waitFor();
  expect(await library.storedImportedCount()).toBe(0);

  // Fix it from the problem: its button puts the caret at the start of the line, the keyboard does the rest.
  await problem.getByRole('button').click();
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('## Opening (1m)');
  await editor.noProblems.waitFor();
  expect(await editor.markedLines()).toEqual([]);
  await editor.saveByKeyboard();
  await editor.outcome.filter({ hasText: `Saved “${COPY}” in your library.` }).waitFor();
  expect(await library.storedImportedCount()).toBe(1);
  // The saved copy is an imported script now, and the URL says so.
  expect(page.url()).toContain('#/edit/imported/architecture-clean-architecture-copy');

  // Saved, so the library opens without a question, and lists the copy as the user's own.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await expect.poll(() => library.titlesOf(library.importedCards)).toEqual([COPY]);

  // Its plan offers Edit; the editor runs it from there.
  await library.importedCards.getByRole('link').click();
  await new PlanPage(page).heading(COPY).waitFor();
  // Written here, not imported from a file.
  await page.getByText('Written in Viva', { exact: true }).waitFor();
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await editor.heading(`Edit “${COPY}”`).waitFor();
  await page.getByRole('button', { name: 'Run', exact: true }).click();

  const interview = new InterviewPage(page);
  await page.getByRole('heading', { level: 1, name: /^Get ready/ }).waitFor();
  expect(page.url()).toContain('#/interview/imported/architecture-clean-architecture-copy');
  await interview.getReady('Strict');
  await interview.waitUntilHeard();
  await interview.start();
  expect(await interview.waitForAnswering()).toBe(OPENING);
  const spoken = await spokenUtterances(page);
  const first = spoken.find((utterance) => OPENING.startsWith(utterance.text) && utterance.endAt !== null);
  expect(first?.voiceLang).toMatch(/^en/i);
  expectRequestsStayOnOrigin(page);
  expectNoPageErrors(page);
});

test('a script written from scratch is kept from a stray click away and from closing the tab, then saved', async () => {
  const { page } = browser;
  await library.open();
  await page.getByRole('link', { name: 'New script' }).click();
  await editor.heading('New script').waitFor();
  await editor.noProblems.waitFor();

  const script = [
    '---',
    'id: my-first-script',
    'title: My first script',
    'kind: behavioral',
    'language: en-US',
    'interviewer: Hiring manager',
    '---',
    '',
    '## Opening (1m)',
    '',
    'Hello, tell me about yourself.',
    '',
    '## Question: Conflict (2-3m)',
    '',
    'Tell me about a conflict in your team.',
    '',
    '## Closing (1m)',
    '',
    'Thanks. Any questions?',
    '',
  ].join('\n');
  await editor.replaceText(script);
  await editor.preview.getByRole('heading', { name: 'My first script' }).waitFor();
  // Tab leaves the field for the next control: the keyboard is never trapped in it.
  await editor.field.focus();
  await page.keyboard.press('Tab');
  expect(await editor.field.evaluate((field) => field === document.activeElement)).toBe(false);
  expect(await editor.text()).toBe(script);

  // Unsaved: the library link asks first, and Stay keeps the page and the text.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await editor.leaveDialog.waitFor();
  await editor.leaveDialog.getByRole('button', { name: 'Stay' }).click();
  await editor.leaveDialog.waitFor({ state: 'hidden' });
  expect(page.url()).toContain('#/edit/new');
  expect(await editor.text()).toBe(script);
  // Closing the tab gets the browser's own warning; dismissed, the page and its text stay.
  const warning = new Promise<Dialog>((resolve) => {
    page.once('dialog', resolve);
  });
  await page.close({ runBeforeUnload: true });
  const dialog = await warning;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);
  expect(await editor.text()).toBe(script);

  await editor.saveByButton();
  await editor.outcome.filter({ hasText: 'Saved “My first script” in your library.' }).waitFor();
  // Saved, the page is named by the script's edit route, staying as it is (the message and text kept);
  // a reload opens the saved script, not a blank editor.
  expect(page.url()).toContain('#/edit/imported/my-first-script');
  await editor.heading('New script').waitFor();
  expect(await editor.text()).toBe(script);
  await page.reload();
  await editor.heading('Edit “My first script”').waitFor();
  expect(await editor.text()).toContain('id: my-first-script\ntitle: My first script\n');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await expect.poll(() => library.titlesOf(library.importedCards)).toEqual(['My first script']);
  expectNoPageErrors(page);
});
