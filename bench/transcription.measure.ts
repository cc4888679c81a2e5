// Transcription by the app's own Whisper engine (worker, whisper.cpp in WebAssembly, Whisper base q8_0):
// word error rate and real-time factor on real English speech (LibriVox clips with their transcripts,
// from Debian's pocketsphinx-testdata) and on espeak-ng's German and Russian (synthetic, labelled so),
// each recorded through WebM/Opus as the app records an answer and, beside it, straight from the WAV; a
// two-minute answer from its stored recording to its words, and heard while it is recorded as the app does;
// the worker's WebAssembly memory, and what Whisper adds to the memory of Chromium's processes.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../tests/e2e/support/browser.ts';
import { spokenWav } from '../tests/e2e/support/spoken-fixtures.ts';
import { whisperModelPath } from '../tests/e2e/support/whisper-model.ts';
import { MODEL_URL, type TranscribedClip, type TranscriptionRun, type WorkerMemory } from './harness/api.ts';
import { callHarness, openHarness } from './support/harness.ts';
import {
  launchedBrowserPid,
  peakProcessMemory,
  processMemory,
  type ProcessMemory,
} from './support/process-memory.ts';
import { recordResults } from './support/results.ts';
import { wordErrorRate } from './support/word-error-rate.ts';
import { fillersOf } from '../src/analysis/fillers.ts';
import { textWords } from '../src/analysis/tokens.ts';

const LIBRIVOX = '/usr/share/pocketsphinx/test/data/librivox';
/** The model, copied among the harness's built files, which its server serves as they are. */
const SERVED_MODEL = resolve(import.meta.dirname, '../.e2e-tmp/bench-harness', `.${MODEL_URL}`);

/** Synthetic answers in German and Russian, as the end-to-end tests speak them. */
const synthetic = {
  de: [
    'Ich würde mit den Anforderungen beginnen und dann den einfachsten Entwurf zeichnen.',
    'Zuerst messe ich die Last, danach entscheide ich über den Cache.',
    'In meinem letzten Team habe ich die Datenbank auf eine neue Version migriert.',
    'Wenn ein Fehler in Produktion auftritt, schaue ich zuerst in die Protokolle.',
    'Meine größte Stärke ist, dass ich komplizierte Dinge einfach erklären kann.',
  ],
  ru: [
    'Сначала я уточню требования, а потом нарисую самую простую схему.',
    'Я расскажу о своём последнем проекте и о команде.',
    'В прошлой компании я отвечал за платежи и стабильность сервиса.',
    'Если сервис падает ночью, я сначала смотрю логи и метрики.',
    'Мне нравится работать в команде, где можно спорить об архитектуре.',
  ],
} as const;

/** Answers with hesitation sounds, and how many each says, to see which of them Whisper writes down. */
const hesitant = {
  en: [{ text: 'Um, I would start with the requirements. Uh, then I draw the simplest design.', sounds: 2 }],
  de: [
    { text: 'Äh, ich würde mit den Anforderungen beginnen. Ähm, dann zeichne ich den Entwurf.', sounds: 2 },
  ],
  ru: [{ text: 'Э-э, сначала я уточню требования. Ээ, потом нарисую схему.', sounds: 2 }],
} as const;

/** LibriVox's clips and what their reader said ("<s> words </s> (file id)" a line). */
async function librivoxClips(): Promise<{ path: string; said: string }[]> {
  if (!existsSync(LIBRIVOX)) {
    throw new Error(
      `${LIBRIVOX} is missing: install Debian's pocketsphinx-testdata (scripts/system-packages.sh does).`,
    );
  }
  const lines = (await readFile(join(LIBRIVOX, 'transcription'), 'utf8'))
    .split('\n')
    .filter((line) => line.trim());
  return lines.map((line) => {
    const match = /^<s>(.*)<\/s>\s*\((.+)\)$/.exec(line.trim());
    if (!match?.[1] || !match[2]) throw new Error(`Unexpected LibriVox transcription line: ${line}`);
    return { path: join(LIBRIVOX, `${match[2]}.wav`), said: match[1].trim() };
  });
}

/** Whisper writes "Mr." where LibriVox's transcripts spell "mister": the same word said. */
const spelledOut = (text: string): string => text.replace(/\bMr\.?(?=\s)/g, 'mister');

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The answer the issue times from "done" to its transcript. */
const LONG_ANSWER_SECONDS = 120;

function figures(clips: readonly TranscribedClip[], said: readonly string[]) {
  const audioMs = clips.reduce((sum, clip) => sum + clip.audioMs, 0);
  const transcribeMs = clips.reduce((sum, clip) => sum + clip.transcribeMs, 0);
  return {
    wordErrorRate: round(
      wordErrorRate(clips.map((clip, index) => ({ said: said[index] ?? '', heard: spelledOut(clip.text) }))),
    ),
    realTimeFactor: round(transcribeMs / audioMs),
    audioSeconds: round(audioMs / 1000, 1),
    clips: Object.fromEntries(
      clips.map((clip) => [
        clip.name,
        `${round(clip.transcribeMs / 1000, 1)} s for ${round(clip.audioMs / 1000, 1)} s: ${clip.text}`,
      ]),
    ),
  };
}

/** Through the app's Opus as the language's figures, the WAV files beside them: the same clips, one run. */
function bothWays(run: TranscriptionRun, said: readonly string[]) {
  return {
    ...figures(run.opus, said),
    opusBytes: run.opusBytes,
    loadMs: Math.round(run.loadMs),
    wav: figures(run.wav, said),
  };
}

/** The worker's memory: the most any run reached, in results.json across the tests. */
let workerMemory = { loadedHeapBytes: 0, heapBytes: 0 };
function noteMemory(memory: WorkerMemory): void {
  workerMemory = {
    loadedHeapBytes: Math.max(workerMemory.loadedHeapBytes, memory.loadedHeapBytes),
    heapBytes: Math.max(workerMemory.heapBytes, memory.heapBytes),
  };
  recordResults({ transcription: { worker: workerMemory } });
}

// Each clip twice and a two-minute answer at a real-time factor of 10 or more: far beyond the bench's
// 10-minute default for a test when other runs share the cores.
describe('transcription', { timeout: 60 * 60_000 }, () => {
  let browser: LaunchedBrowser;
  let model: string;

  beforeAll(async () => {
    model = whisperModelPath();
    await mkdir(dirname(SERVED_MODEL), { recursive: true });
    await copyFile(model, SERVED_MODEL);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await rm(SERVED_MODEL, { force: true });
  });

  it("Chromium's process memory: the harness open, the model loaded, the most while transcribing", async () => {
    const clips = await librivoxClips();
    const browserPid = await launchedBrowserPid();
    await openHarness(
      browser.page,
      Object.fromEntries(clips.map((clip) => [basename(clip.path), clip.path])),
    );
    const open = await processMemory(browserPid);
    await callHarness(browser.page, 'loadWhisper');
    const loaded = await processMemory(browserPid);
    const { result: worker, peak } = await peakProcessMemory(browserPid, () =>
      callHarness(
        browser.page,
        'transcribeWithLoadedWhisper',
        clips.map((clip) => basename(clip.path)),
        'en',
      ),
    );
    await callHarness(browser.page, 'stopWhisper');
    const stopped = await processMemory(browserPid);
    // The model alone is 82 MB: loading it must show in the browser's memory, or this measures nothing.
    expect(loaded.pssBytes - open.pssBytes).toBeGreaterThan(50_000_000);
    const beyondOpen = (memory: ProcessMemory) => ({
      pssBytes: memory.pssBytes - open.pssBytes,
      rssBytes: memory.rssBytes - open.rssBytes,
    });
    const measured = {
      open: { ...open },
      loaded: { ...loaded },
      peak: { ...peak },
      stopped: { ...stopped },
      loadedBeyondOpen: beyondOpen(loaded),
      peakBeyondOpen: beyondOpen(peak),
      stoppedBeyondOpen: beyondOpen(stopped),
      workerHeapBytes: worker.heapBytes,
    };
    console.info(`transcription, Chromium's process memory: ${JSON.stringify(measured, null, 1)}`);
    recordResults({ transcription: { processMemory: measured } });
  });

  it('English: LibriVox clips, real speech', async () => {
    const clips = await librivoxClips();
    await openHarness(browser.page, {
      ...Object.fromEntries(clips.map((clip) => [basename(clip.path), clip.path])),
    });
    const run = await callHarness(
      browser.page,
      'transcribeFiles',
      clips.map((clip) => basename(clip.path)),
      'en',
      true,
    );
    expect(run.opus).toHaveLength(clips.length);
    expect(run.wav).toHaveLength(clips.length);
    const english = bothWays(
      run,
      clips.map((clip) => clip.said),
    );
    console.info(`transcription, English: ${JSON.stringify(english, null, 1)}`);
    recordResults({ transcription: { model: basename(model), en: english } });
    noteMemory(run);
  });

  it(`a ${String(LONG_ANSWER_SECONDS)} s answer: LibriVox clips joined, from the stored recording to its words`, async () => {
    const clips = await librivoxClips();
    const byName = new Map(clips.map((clip) => [basename(clip.path), clip.said]));
    await openHarness(browser.page, {
      ...Object.fromEntries(clips.map((clip) => [basename(clip.path), clip.path])),
    });
    const answer = await callHarness(
      browser.page,
      'transcribeLongAnswer',
      [...byName.keys()],
      LONG_ANSWER_SECONDS,
      'en',
    );
    const said = answer.names.map((name) => byName.get(name) ?? '').join(' ');
    const measured = {
      audioSeconds: round(answer.audioMs / 1000, 1),
      opusBytes: answer.opusBytes,
      loadMs: Math.round(answer.loadMs),
      transcribeMs: Math.round(answer.transcribeMs),
      // A worker started for it, as when no other answer was transcribed before.
      doneToWordsMs: Math.round(answer.loadMs + answer.transcribeMs),
      realTimeFactor: round(answer.transcribeMs / answer.audioMs),
      wordErrorRate: round(wordErrorRate([{ said, heard: spelledOut(answer.text) }])),
      text: answer.text,
      // The app's way since it hears answers while they are recorded: only the last window waits for "done".
      heardLive: {
        doneToWordsMs: Math.round(answer.heardLive.doneToWordsMs),
        wordErrorRate: round(wordErrorRate([{ said, heard: spelledOut(answer.heardLive.text) }])),
        text: answer.heardLive.text,
      },
    };
    console.info(
      `transcription, ${String(LONG_ANSWER_SECONDS)} s answer: ${JSON.stringify(measured, null, 1)}`,
    );
    recordResults({ transcription: { answer2m: measured } });
    noteMemory(answer);
  });

  for (const language of ['de', 'ru'] as const) {
    it(`${language === 'de' ? 'German' : 'Russian'}: espeak-ng's synthetic speech`, async () => {
      const sentences = synthetic[language];
      const paths = await Promise.all(
        sentences.map((text, index) => spokenWav(`bench-${language}-${index}`, text, language)),
      );
      await openHarness(browser.page, {
        ...Object.fromEntries(paths.map((path) => [basename(path), path])),
      });
      const run = await callHarness(
        browser.page,
        'transcribeFiles',
        paths.map((path) => basename(path)),
        language,
        true,
      );
      const measured = bothWays(run, sentences);
      console.info(`transcription, ${language} (synthetic): ${JSON.stringify(measured, null, 1)}`);
      recordResults({ transcription: { [language]: measured } });
      noteMemory(run);
    });
  }

  it("fillers: the hesitation sounds Whisper writes down, in espeak-ng's synthetic speech through Opus", async () => {
    const kept: Record<string, { spoken: number; kept: number; transcripts: string }> = {};
    for (const language of ['en', 'de', 'ru'] as const) {
      const answers = hesitant[language];
      const paths = await Promise.all(
        answers.map((answer, index) =>
          spokenWav(
            `bench-hesitant-${language}-${index}`,
            answer.text,
            language === 'en' ? 'en-us' : language,
          ),
        ),
      );
      await openHarness(browser.page, Object.fromEntries(paths.map((path) => [basename(path), path])));
      const run = await callHarness(
        browser.page,
        'transcribeFiles',
        paths.map((path) => basename(path)),
        language,
        false,
      );
      const heard = run.opus.map((clip) => fillersOf(textWords(clip.text), language, clip.audioMs));
      kept[language] = {
        spoken: answers.reduce((sum, answer) => sum + answer.sounds, 0),
        kept: heard.reduce(
          (sum, fillers) => sum + fillers.items.filter((item) => item.tier === 'always').length,
          0,
        ),
        transcripts: run.opus.map((clip) => clip.text).join(' | '),
      };
    }
    console.info(`transcription, hesitation sounds kept (synthetic): ${JSON.stringify(kept, null, 1)}`);
    recordResults({ transcription: { hesitationSounds: kept } });
  });
});
