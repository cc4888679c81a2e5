// Importing notes in each shape people write them in, in real Chromium with real speech: a small document of
// each shape is dropped on the library or picked, its preview read (the shape, the questions, each prompt's
// language, the line it did not use), confirmed, listed, and its first question spoken by a voice of its
// language. Cancelling stores nothing; choosing another shape reads the file again, and a corrected
// language is the one the question is spoken in.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterviewPage } from './pages/interview-page.ts';
import { LibraryPage } from './pages/library-page.ts';
import { accessibilityViolations } from './support/axe.ts';
import { expectNoPageErrors, expectRequestsStayOnOrigin, type LaunchedBrowser } from './support/browser.ts';
import { spokenUtterances } from './support/speech-log.ts';
import { launchSpeakingBrowser } from './support/spoken-interview.ts';

interface NotesDocument {
  readonly shape: string;
  readonly fileName: string;
  readonly how: 'drop' | 'pick';
  readonly text: string;
  readonly scripts: number;
  /** The line the shape does not read, as the preview lists it. */
  readonly unused: readonly string[];
  /** A prompt of the preview and the language it is to be spoken in. */
  readonly languages: readonly (readonly [string, string])[];
  /** The title of the script whose first question is run, and its id. */
  readonly title: string;
  readonly id: string;
  readonly firstQuestion: string;
  readonly voice: RegExp;
}

// Written for this test in each shape, with a note the importer does not read.
const documents: readonly NotesDocument[] = [
  {
    shape: 'Interview dialogue with model answers',
    fileName: 'nordlicht.md',
    how: 'drop',
    text: `# Gespräch bei Nordlicht

**Teamleiterin:** Willkommen! Erzählen Sie kurz von sich.
**Bewerber:** Ich entwickle seit acht Jahren Backends.

**Teamleiterin:** Wie gehen Sie mit Fehlern in Produktion um?
**Bewerber:** Erst eindämmen, dann die Ursache finden.

---

Nicht vergessen: nach der Teamgröße fragen.

**Teamleiterin:** Haben Sie noch Fragen an uns?
**Bewerber:** Wie groß ist das Team?
`,
    scripts: 1,
    unused: ['line 11: Nicht vergessen: nach der Teamgröße fragen.'],
    languages: [
      ['Opening', 'de-DE'],
      ['Wie gehen Sie mit Fehlern in Produktion um', 'de-DE'],
    ],
    title: 'Gespräch bei Nordlicht',
    id: 'gesprach-bei-nordlicht',
    firstQuestion: 'Wie gehen Sie mit Fehlern in Produktion um?',
    voice: /^de/i,
  },
  {
    shape: 'STAR stories',
    fileName: 'stories.md',
    how: 'pick',
    text: `# Stories for the platform role

## Story 1: Cutting deploy time

Practise this one out loud.

Best for:
- "Tell me about a process you improved"

### Short version (30 sec)
I cut our deploys from an hour to ten minutes.

### Full version (2-3 min)
**Situation:** deploys took an hour.
**Task:** make them fast.
**Action:** parallel builds and cached layers.
**Result:** ten minutes, every time.
`,
    scripts: 1,
    unused: ['line 5: Practise this one out loud.'],
    languages: [['Cutting deploy time', 'en-US']],
    title: 'Stories for the platform role',
    id: 'stories-for-the-platform-role',
    firstQuestion: 'Tell me about a process you improved',
    voice: /^en/i,
  },
  {
    shape: 'Numbered questions with notes',
    fileName: 'screening.txt',
    how: 'drop',
    text: `Вопросы с прошлого собеседования, по памяти.

1) Tell me about a time you disagreed with your manager.
Stay calm, bring data.
2) Расскажите о своём последнем проекте.
 - масштаб
 - роль
3) Почему вы хотите сменить работу?
`,
    scripts: 1,
    unused: ['line 1: Вопросы с прошлого собеседования, по памяти.'],
    // An English question in a Russian list keeps its own language.
    languages: [
      ['Opening', 'ru-RU'],
      ['Tell me about a time you disagreed with your manager', 'en-US'],
      ['Расскажите о своём последнем проекте', 'ru-RU'],
    ],
    title: 'Вопросы для собеседования',
    id: 'voprosy-dlya-sobesedovaniya',
    firstQuestion: 'Tell me about a time you disagreed with your manager.',
    voice: /^en/i,
  },
  {
    shape: 'Predicted questions by area',
    fileName: 'harbor.md',
    how: 'pick',
    text: `# Prep: Harbor Logistics

## About the company
Freight software, 200 people, Hamburg.

## Predicted interview questions

### Go and services
- "How do you cancel work in Go?" — context, deadlines
- "How do you test a gRPC handler?"

### Behavioral
- "Tell me about a hard code review."

## Questions to ask them
- "How do you run on-call?"
`,
    scripts: 2,
    unused: ['line 3: ## About the company', 'line 4: Freight software, 200 people, Hamburg.'],
    languages: [['How do you cancel work in Go', 'en-US']],
    title: 'Harbor Logistics — Go and services',
    id: 'harbor-logistics-go-and-services',
    firstQuestion: 'How do you cancel work in Go?',
    voice: /^en/i,
  },
  {
    shape: 'Mock interview scripts',
    fileName: 'friday.md',
    how: 'drop',
    text: `# Mock rounds for Friday

Ask a friend to read the interviewer lines.

## Mock Interview 1: Caching - Read-through caches

**Opening (1 minute)**:
"Hi, thanks for joining. Ready?"

**Question (1 minute)**:
"How would you put a cache in front of a slow service?"

**Expected Candidate Response**:
- [ ] Names an eviction policy (2 minutes)

**Closing (1 minute)**:
"Thanks, that is all."
`,
    scripts: 1,
    unused: ['line 1: # Mock rounds for Friday', 'line 3: Ask a friend to read the interviewer lines.'],
    languages: [['Read-through caches', 'en-US']],
    title: 'Caching - Read-through caches',
    id: 'caching-read-through-caches',
    firstQuestion: 'How would you put a cache in front of a slow service?',
    voice: /^en/i,
  },
];

describe('importing notes of every shape', () => {
  let browser: LaunchedBrowser;
  let library: LibraryPage;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'viva-shapes-'));
    browser = await launchSpeakingBrowser();
    library = new LibraryPage(browser.page);
  });

  afterAll(async () => {
    await browser.close();
    await rm(folder, { recursive: true, force: true });
  });

  /** Drops the document on the library or picks it with the import button, and waits for the preview. */
  async function offer(document: Pick<NotesDocument, 'fileName' | 'how' | 'text'>): Promise<void> {
    await library.open();
    if (document.how === 'drop') {
      await library.dropFile(document.fileName, document.text);
    } else {
      const path = join(folder, document.fileName);
      await writeFile(path, document.text);
      await library.importFile(path);
    }
    await library.preview.waitFor();
  }

  /** Runs the interview of an imported script up to its first question, then ends it; what was spoken. */
  async function runFirstQuestion(id: string): Promise<{ caption: string; voiceLang: string | null }> {
    const { page } = browser;
    const interview = new InterviewPage(page);
    await interview.open('imported', id);
    await interview.getReady('Untimed');
    await interview.waitUntilHeard();
    const before = (await spokenUtterances(page)).length;
    await interview.start();
    // The opening is not what is checked here: skip it once it is being spoken.
    await expect
      .poll(async () => (await spokenUtterances(page)).length, { timeout: 15_000 })
      .toBeGreaterThan(before);
    await interview.skipByKeyboard();
    const caption = await interview.waitForAnswering();
    const spoken = (await spokenUtterances(page)).slice(before);
    await interview.end();
    const voiceLang = spoken.find((u) => u.text === caption && u.endAt !== null)?.voiceLang ?? null;
    return { caption, voiceLang };
  }

  it.each(documents)(
    '$shape: the preview shows what was understood; confirmed, its first question is spoken in its language',
    async (document) => {
      await offer(document);
      const count = `${document.scripts} ${document.scripts === 1 ? 'script' : 'scripts'}`;
      expect(await library.previewHeading()).toBe(`${document.fileName} read as ${document.shape}: ${count}`);
      expect(await library.unusedLines()).toEqual(document.unused);
      for (const [prompt, language] of document.languages) {
        expect(await library.previewLanguage(prompt).first().inputValue()).toBe(language);
      }
      expect(await library.preview.getByText(`“${document.firstQuestion}”`).count()).toBe(1);

      await library.confirmImport();
      await library.status.filter({ hasText: `Imported ${count} from ${document.fileName}.` }).waitFor();
      await library.importedCards.filter({ hasText: document.title }).first().waitFor();

      const { caption, voiceLang } = await runFirstQuestion(document.id);
      expect(caption).toBe(document.firstQuestion);
      expect(voiceLang).toMatch(document.voice);
      expectNoPageErrors(browser.page);
    },
  );

  it('cancelling the preview stores nothing, after a reload too', async () => {
    const [dialogue] = documents;
    if (!dialogue) throw new Error('no document');
    await library.open();
    const listed = await library.cards.count();
    const stored = await library.storedImportedCount();

    await offer({ ...dialogue, fileName: 'second-thoughts.md' });
    await library.cancelImport();

    await library.importError.filter({ hasText: 'the import was cancelled' }).waitFor();
    expect(await library.preview.count()).toBe(0);
    expect(await library.cards.count()).toBe(listed);
    expect(await library.storedImportedCount()).toBe(stored);
    await library.reload();
    expect(await library.cards.count()).toBe(listed);
    expect(await library.storedImportedCount()).toBe(stored);
  });

  it('reads the file again as the shape the user chooses, and speaks a question in the language corrected', async () => {
    // Predicted questions whose items are numbered: a list of questions reads them too. "Kubernetes oder
    // Nomad?" has no word that tells German, so it is taken for English.
    await offer({
      fileName: 'erwartet.md',
      how: 'drop',
      text: `## Erwartete Interviewfragen

Infrastruktur
1. "Kubernetes oder Nomad?"
2. "Wie überwachen Sie Ihre Dienste?"
3. "Wie spielen Sie eine neue Version aus?"
`,
    });
    expect(await library.previewHeading()).toBe('erwartet.md read as Predicted questions by area: 1 script');
    expect(await accessibilityViolations(browser.page)).toEqual([]);
    await library.readAs('Numbered questions with notes');
    await library.preview
      .getByRole('heading', { name: 'erwartet.md read as Numbered questions with notes: 1 script' })
      .waitFor();
    expect(await library.unusedLines()).toEqual(['line 3: Infrastruktur']);
    const kubernetes = library.previewLanguage('Kubernetes oder Nomad');
    expect(await kubernetes.inputValue()).toBe('en-US');
    await kubernetes.selectOption('de-DE');

    await library.confirmImport();
    await library.status
      .filter({ hasText: 'Imported 1 script from erwartet.md. Read as: Numbered questions with notes.' })
      .waitFor();
    const { caption, voiceLang } = await runFirstQuestion('erwartete-interviewfragen');
    expect(caption).toBe('Kubernetes oder Nomad?');
    expect(voiceLang).toMatch(/^de/i);
    expectNoPageErrors(browser.page);
    expectRequestsStayOnOrigin(browser.page);
  });
});
