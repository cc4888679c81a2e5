// What the review makes of an answer's words, in real Chromium: espeak-ng answers a question through the
// fake microphone, covering two of its three checkpoints with a few fillers; whisper.cpp transcribes it on
// the device, and the review ticks the two with the words that showed them, leaves the third, counts the
// fillers and gives the pace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoPageErrors, expectRequestsStayOnOrigin, type LaunchedBrowser } from './support/browser.ts';
import { browserSaying, TRANSCRIPTION_TIMEOUT, transcribeTurn } from './support/transcribed-answer.ts';
import { whisperModelPath } from './support/whisper-model.ts';

// "Tables", not "database": Whisper once heard espeak-ng's American "database" as "Veda Mace" all through
// an answer, while "tables" came through from every starting point of the loop tried (4 of 4, through Opus).
const spoken =
  'Basically, I would put a cache in front of the tables, so reads stay fast. ' +
  'You know, we would also partition the tables by customer, basically.';

describe('the analysis of an answer', () => {
  let model: string;
  let browser: LaunchedBrowser | undefined;

  beforeAll(() => {
    model = whisperModelPath();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
  });

  it(
    'ticks the checkpoints it heard with their words, leaves the one it did not, and counts fillers and pace',
    async () => {
      browser = await browserSaying(
        { name: 'answer-analysis', voice: 'en-us', spoken, loop: true },
        'e2e-analysis',
      );
      // The opening and closing are skipped. The microphone repeats the 8.2 s sentence from when it was
      // opened, so the question is answered for 18 s: a whole sentence is in it wherever the loop stands.
      const { answer, text, review } = await transcribeTurn(
        browser,
        model,
        'e2e-analysis',
        // The 18 s answer is far below its 2–3 min: the interviewer's probe comes next, then the closing.
        ['skip', 18_000, 'skip', 'skip'],
        /^Question/,
      );
      // Whisper writes the homophone “cash” for espeak-ng's “cache”: the analysis takes either.
      expect(text).toMatch(/cache|cash/i);
      expect(text).toMatch(/partition/i);

      const checklist = answer.getByRole('group', { name: 'What the answer covered' });
      const box = (name: string) => checklist.getByRole('checkbox', { name });
      expect(await box('Mentions caching').isChecked()).toBe(true);
      expect(await box('Partitions the tables').isChecked()).toBe(true);
      expect(await box('Mentions replication').isChecked()).toBe(false);
      const quotes = checklist.getByRole('button', { name: /^Heard at 0:\d\d: / });
      const quoted = await quotes.allInnerTexts();
      expect(quoted).toHaveLength(2);
      expect(quoted[0]).toMatch(/(cache|cash) in front/i);
      expect(quoted[1]).toMatch(/partition the tables?/i);
      await checklist.getByText(/^Not found in the transcript/).waitFor();

      const feedback = answer.getByRole('region', { name: 'Most worth changing' });
      expect(await feedback.innerText()).toMatch(/Not found in the transcript: “Mentions replication”\./);

      await answer.getByText('How it was said').click();
      const fillerList = answer.getByRole('list', { name: 'Fillers, in order' });
      await fillerList.getByRole('button').first().waitFor();
      const fillers = await fillerList.getByRole('button').allInnerTexts();
      // "Basically" is said twice a sentence. Which filler comes first depends on where the loop stood (a
      // transcript that starts at "so reads stay fast" opens with "So,", a filler there too): each has its moment.
      expect(
        fillers.filter((filler) => /^“basically” at 0:\d\d$/i.test(filler)).length,
      ).toBeGreaterThanOrEqual(2);
      for (const filler of fillers) expect(filler).toMatch(/^“[^”]+” at 0:\d\d$/);
      expect(await answer.locator('.speech-figures').innerText()).toMatch(/\d+ words a minute while talking/);

      // A click on a quote plays the answer from there: the replay position moves to its moment.
      const quote = quotes.nth(1);
      const moment = /Heard at (0:\d\d)/.exec(await quote.innerText())?.[1] ?? 'none';
      await quote.click();
      await expect.poll(() => answer.locator('.player-time').innerText()).toMatch(new RegExp(`^${moment} /`));

      // The candidate's own verdict wins and is kept across a reload.
      // The tick shows once it is stored, a moment after the click.
      await box('Mentions replication').click();
      await expect.poll(() => box('Mentions replication').isChecked()).toBe(true);
      await browser.page.reload();
      await answer.getByRole('group', { name: 'What the answer covered' }).waitFor();
      expect(await box('Mentions replication').isChecked()).toBe(true);
      await checklist.getByText(/your verdict/).waitFor();
      // The interview's totals, and the attempt on the progress page, count that verdict with the others.
      await browser.page
        .getByText(/^From the transcripts of 1 answer: 3 of 3 checklist items covered · /)
        .waitFor();
      await browser.page.getByRole('link', { name: 'Progress on this script' }).click();
      await browser.page
        .getByRole('img', { name: 'Checklist covered, attempt by attempt: 1: 100 %' })
        .waitFor();
      await browser.page
        .getByRole('img', { name: /^Fillers per 100 words, attempt by attempt: 1: \d+\.\d$/ })
        .waitFor();

      // History finds the answer by what was said, in another inflection, and leads to its review.
      await browser.page.goto(new URL('#/history', browser.page.url()).href);
      await browser.page
        .getByRole('searchbox', { name: 'Search what you said' })
        .fill('partitioning the table');
      await browser.page.getByRole('button', { name: 'Search' }).click();
      await browser.page.getByText('1 answer says “partitioning the table”.').waitFor();
      const hits = browser.page.getByRole('list', { name: 'Answers that say it' });
      expect(await hits.innerText()).toMatch(
        /How would you keep the tenant store fast\?[\s\S]*0:\d\d “.*partition the tables?/,
      );
      // A place opens the review at that answer's moment: the replay stands there.
      const place = hits.getByRole('link', { name: /^0:\d\d “/ }).first();
      const placeMoment = /^(0:\d\d)/.exec(await place.innerText())?.[1] ?? 'none';
      await place.click();
      await browser.page.getByRole('heading', { level: 1, name: /^Review:/ }).waitFor();
      await expect
        .poll(() => answer.locator('.player-time').innerText())
        .toMatch(new RegExp(`^${placeMoment} /`));

      // A correction of what was misheard is what the analysis and the search read from then on: without
      // "partition", the point is no longer covered, and the search no longer finds it.
      await answer.getByRole('button', { name: 'Correct the transcript' }).click();
      const corrected = answer.getByRole('textbox', { name: 'Corrected transcript' });
      await corrected.fill((await corrected.inputValue()).replace(/partition/gi, 'split'));
      await answer.getByRole('button', { name: 'Save corrections' }).click();
      await answer.getByText(/^Corrected by you/).waitFor();
      await expect.poll(() => box('Partitions the tables').isChecked()).toBe(false);
      expect(await review.transcript(answer).innerText()).not.toMatch(/partition/i);
      await browser.page.goto(new URL('#/history', browser.page.url()).href);
      await browser.page.getByRole('searchbox', { name: 'Search what you said' }).fill('partition');
      await browser.page.getByRole('button', { name: 'Search' }).click();
      await browser.page.getByText(/^No transcribed answer says “partition”/).waitFor();

      expectNoPageErrors(browser.page);
      expectRequestsStayOnOrigin(browser.page);
    },
    TRANSCRIPTION_TIMEOUT + 180_000,
  );
});
