// The library in a real browser: importing the user's own preparation document, rejecting a broken one
// whole, and reaching a script's plan with the keyboard.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { LibraryPage } from './pages/library-page.ts';
import { PlanPage } from './pages/plan-page.ts';
import { expectNoPageErrors, expectRequestsStayOnOrigin, launchBrowser } from './support/browser.ts';
import type { LaunchedBrowser } from './support/browser.ts';

// A byte-for-byte copy of the user's seed 004, so the test does not depend on where shared/ is.
const seed004 = resolve(import.meta.dirname, '../fixtures/seed-004-mock-interviews.md');

const seed004Titles = [
  'System Design - Multi-Tenant SaaS Platform',
  'Technical Deep Dive - async/await',
  'Database Optimization',
  'Distributed Systems - CAP Theorem',
  'Architecture - Clean Architecture',
  'Problem Solving - Production Incident',
  'Code Review',
  'Behavioral - Leadership',
];
const seed004Sorted = [...seed004Titles].sort();

let browser: LaunchedBrowser;
let library: LibraryPage;
let tempDir: string;

beforeEach(async () => {
  browser = await launchBrowser();
  library = new LibraryPage(browser.page);
  tempDir = await mkdtemp(join(tmpdir(), 'viva-e2e-'));
});

afterEach(async () => {
  await browser.close();
  await rm(tempDir, { recursive: true, force: true });
});

test('importing seed 004 lists its eight interviews as imported, and they survive a reload', async () => {
  await library.open();
  const builtinCount = await library.cards.count();
  expect(await library.importedCards.count()).toBe(0);

  await library.importFile(seed004);

  // Its guide around the interviews goes into no script: the preview lists those lines before storing.
  await library.preview.waitFor();
  expect(await library.previewHeading()).toBe(
    'seed-004-mock-interviews.md read as Mock interview scripts: 8 scripts',
  );
  expect((await library.unusedLines()).slice(0, 2)).toEqual([
    'line 1: # Live Mock Interview Mode',
    'line 2: ## Interactive Interview Simulation - Principal Backend Engineer',
  ]);
  expect(await library.storedImportedCount()).toBe(0);
  await library.confirmImport();
  await library.status.filter({ hasText: 'Imported 8 scripts from seed-004-mock-interviews.md.' }).waitFor();
  await expect.poll(() => library.importedCards.count()).toBe(8);
  expect((await library.titlesOf(library.importedCards)).sort()).toEqual(seed004Sorted);
  // Imported scripts are listed beside the built-in ones, even where their ids are the same.
  expect(await library.cards.count()).toBe(builtinCount + 8);
  expect(await library.storedImportedCount()).toBe(8);

  await library.reload();
  await expect.poll(() => library.importedCards.count()).toBe(8);
  expect((await library.titlesOf(library.importedCards)).sort()).toEqual(seed004Sorted);

  expectRequestsStayOnOrigin(browser.page);
  expectNoPageErrors(browser.page);
});

test('a broken file is rejected whole, with its line-precise error, and nothing is stored', async () => {
  const lines = [
    '---',
    'id: broken-import',
    'title: Broken import',
    'kind: technical',
    'language: en-US',
    'interviewer: Tech lead',
    '---',
    '',
    '## Opening (2 minuts)',
    '',
    '"Hello."',
    '',
    '## Question: Fine (5m)',
    '',
    '"Tell me about your last project."',
    '',
    '## Closing (1m)',
    '',
    '"Thanks!"',
    '',
  ];
  const brokenLine = lines.indexOf('## Opening (2 minuts)') + 1;
  const broken = join(tempDir, 'broken.md');
  await writeFile(broken, lines.join('\n'));
  await library.open();
  const countBefore = await library.cards.count();

  await library.importFile(broken);

  const alert = library.importError.filter({ hasText: 'Could not import broken.md' });
  await alert.waitFor();
  const alertText = await alert.innerText();
  expect(alertText).toContain(`line ${brokenLine}: unknown duration "2 minuts"`);
  expect(alertText).toContain('Nothing was imported');
  expect(await library.cards.count()).toBe(countBefore);
  expect(await library.importedCards.count()).toBe(0);
  expect(await library.storedImportedCount()).toBe(0);
  expectNoPageErrors(browser.page);
});

test('a built-in script’s plan opens with the keyboard, and Back returns to the library', async () => {
  await library.open();
  const [title] = await library.titlesOf(library.cards.first());
  if (title === undefined) throw new Error('The library lists no script.');

  await library.openScriptByKeyboard(title);

  const { page } = browser;
  expect(page.url()).toContain('#/script/builtin/');
  await page.getByRole('heading', { name: 'The plan' }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Opening' }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Closing' }).waitFor();
  expect(await page.getByText('Total planned time:').count()).toBe(1);

  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  expectNoPageErrors(page);
});

test('a file dropped on the library is imported, and the imported script exports and deletes', async () => {
  const { page } = browser;
  const plan = new PlanPage(page);
  await library.open();
  const text = await readFile(seed004, 'utf8');

  await library.dropFile('prep.md', text, async () => {
    // While the file hovers, the library says it will take it.
    await library.dropHint.waitFor();
  });
  await library.confirmImport();
  await library.status.filter({ hasText: 'Imported 8 scripts from prep.md.' }).waitFor();
  expect(await library.dropHint.count()).toBe(0);

  await library.importedCards.filter({ hasText: 'Code Review' }).getByRole('link').click();
  await plan.heading('Code Review').waitFor();
  expect(page.url()).toContain('#/script/imported/code-review');

  const download = await plan.export();
  expect(download.suggestedFilename()).toBe('code-review.md');
  const exported = await readFile(await download.path(), 'utf8');
  expect(exported).toMatch(/^---\nid: code-review\n/);
  expect(exported).toContain('## Closing');

  await plan.delete({ confirm: false });
  await plan.heading('Code Review').waitFor();
  expect(await library.storedImportedCount()).toBe(8);

  await plan.delete({ confirm: true });
  await library.status.filter({ hasText: 'Deleted “Code Review”.' }).waitFor();
  await expect.poll(() => library.importedCards.count()).toBe(7);
  expect(await library.titlesOf(library.importedCards)).not.toContain('Code Review');
  // The built-in script of the same id stays.
  expect(await library.titlesOf(library.cards)).toContain('Code Review');
  expect(await library.storedImportedCount()).toBe(7);
  expectNoPageErrors(page);
});

test('the search finds a built-in script by a word of its prompts, whose text loads on the first search', async () => {
  await library.open();
  const total = await library.cards.count();
  await browser.page.getByRole('searchbox', { name: 'Search' }).fill('brandos tenants');

  await browser.page.getByText(`1 of ${total} scripts match.`).waitFor();
  expect(await library.titlesOf(library.cards)).toEqual(['System Design - Multi-Tenant SaaS Platform']);
  await browser.page.getByRole('searchbox', { name: 'Search' }).fill('brandos kubernetes');
  await browser.page.getByText('No script matches these filters.').waitFor();
  expectNoPageErrors(browser.page);
});
