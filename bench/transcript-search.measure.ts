// History and its transcript search at scale: 500 interviews of 10 answers, each transcribed (about 100–150
// words, English, German or Russian). In Node on fake-indexeddb (the store's code as the app runs it, on the
// unit tests' IndexedDB): the index against the obvious way, reading every transcript and matching each.
// With them, the other lists of that history: the interrupted interviews, the script's progress and the
// practice plan's attempts, and how many answer rows each reads.
import 'fake-indexeddb/auto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { findWords } from '../src/analysis/find-words.ts';
import type { RecognitionLanguage } from '../src/platform/recognition/recognition.ts';
import { asCorrected } from '../src/store/corrected-transcript.ts';
import { tallyOf } from '../src/store/answer-tally.ts';
import {
  VivaDatabase,
  type AnswerRecord,
  type SessionRow,
  type TranscriptRecord,
} from '../src/store/database.ts';
import { listSessionSummaries } from '../src/store/history.ts';
import { countedSummaries } from '../src/store/testing/counted-summaries.ts';
import { audio, newAnswer, newSession, plan, turn } from '../src/store/testing/interview-fixture.ts';
import { countReads, type ReadCounter } from '../src/store/testing/read-counter.ts';
import { loadPracticeAttempts } from '../src/store/practice-data.ts';
import { listInterruptedInterviews } from '../src/store/recovery.ts';
import { attemptsOfScript } from '../src/store/script-attempts.ts';
import type { Turn } from '../src/interview/plan.ts';
import { rebuildTranscriptIndex } from '../src/store/transcript-index.ts';
import { searchTranscripts } from '../src/store/transcript-search.ts';
import { saveTranscript } from '../src/store/transcripts.ts';
import { recordResults } from './support/results.ts';
import { RARE_WORD, searchCorpus } from './support/search-corpus.ts';

const INTERVIEWS = 500;
/** An opening, then three questions with two follow-ups each (see interviewTurns). */
const ANSWERS = 10;
const QUESTIONS = 3;
const INTERRUPTED_EVERY = 50;
/** Runs of each measure; the full scan's take seconds each on fake-indexeddb, so fewer of them. */
const RUNS = 5;
const SCAN_RUNS = 3;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const languages: readonly RecognitionLanguage[] = ['en', 'de', 'ru'];
const tags: Readonly<Record<RecognitionLanguage, string>> = { en: 'en-US', de: 'de-DE', ru: 'ru-RU' };

/** An interview's turns: an opening, then three questions with two follow-ups each, in `language`. */
function interviewTurns(language: string): Turn[] {
  const questions = Array.from({ length: QUESTIONS }, (_, questionIndex) => [
    turn(`Question ${String(questionIndex)}`, { questionIndex, language }),
    ...[1, 2].map((followUp) =>
      turn(`Follow-up ${String(questionIndex)}.${String(followUp)}`, {
        phase: 'follow-up',
        questionIndex,
        language,
      }),
    ),
  ]);
  return [turn('Hello', { phase: 'opening', language }), ...questions.flat()];
}

/**
 * The history: every interview a minute-long answer per turn, its peaks as the recorder stores them; every
 * 50th one was interrupted at its last turn.
 */
async function storeHistory(database: VivaDatabase): Promise<void> {
  const corpus = searchCorpus();
  const sessions: SessionRow[] = [];
  const answers: AnswerRecord[] = [];
  const transcripts: TranscriptRecord[] = [];
  for (let index = 0; index < INTERVIEWS; index += 1) {
    const language = languages[index % languages.length] ?? 'en';
    const sessionId = `session-${String(index)}`;
    const startedAt = Date.parse('2026-01-01T09:00:00Z') + index * 3_600_000;
    const turns = interviewTurns(tags[language]);
    const first = answers.length;
    for (const [turnIndex, asked] of turns.entries()) {
      const answerId = `${sessionId}-answer-${String(turnIndex)}`;
      answers.push({
        ...newAnswer(sessionId, turnIndex, { turn: asked }),
        id: answerId,
        audio: audio({ durationMs: 60_000, chunks: 60, peaks: new Int8Array(6_000) }),
      });
      transcripts.push({
        answerId,
        sessionId,
        language,
        words: corpus.answer(language),
        model: 'ggml-base-q8_0.bin',
        tookMs: 30_000,
        createdAt: startedAt,
      });
    }
    sessions.push({
      ...newSession({ startedAt, plan: plan(turns) }),
      id: sessionId,
      scriptId: 'cap-theorem',
      status: index % INTERRUPTED_EVERY === 0 ? 'interrupted' : 'finished',
      endedAt: startedAt + 15 * 60_000,
      tally: tallyOf(answers.slice(first)),
    });
  }
  await database.transaction('rw', database.sessions, database.answers, database.transcripts, async () => {
    await database.sessions.bulkAdd(sessions);
    await database.answers.bulkAdd(answers);
    await database.transcripts.bulkAdd(transcripts);
  });
}

/** The obvious way, and the search before the index: every transcript read and matched, the hits ordered. */
async function fullScan(query: string, database: VivaDatabase): Promise<number> {
  const { sessions, answers, transcripts } = database;
  return database.transaction('r', sessions, answers, transcripts, async () => {
    const matching = (await transcripts.toArray())
      .map(asCorrected)
      .filter((transcript) => findWords(transcript.words, query, transcript.language).length > 0);
    const said = await answers.bulkGet(matching.map((transcript) => transcript.answerId));
    const started = await sessions.bulkGet(matching.map((transcript) => transcript.sessionId));
    return Math.min(50, said.filter((answer, index) => answer && started[index]).length);
  });
}

interface Measured {
  readonly medianMs: number;
  /** The most the Node heap grew above its level after a forced collection, sampled every millisecond. */
  readonly peakHeapBytes: number;
  readonly result: number;
}

/** The most the Node heap grows above its level after a forced collection while `work` runs once. */
async function peakHeap(work: () => Promise<number>): Promise<number> {
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 1);
  await work();
  clearInterval(sampler);
  return Math.max(peak, process.memoryUsage().heapUsed) - baseline;
}

/**
 * Runs `work` `runs` times for the median time, then once more for the heap: apart, because sampling
 * every millisecond slows fake-indexeddb, whose requests are scheduled as timers are.
 */
async function measure(work: () => Promise<number>, runs = RUNS): Promise<Measured> {
  const times: number[] = [];
  let result = 0;
  for (let run = 0; run < runs; run += 1) {
    collectGarbage();
    const started = performance.now();
    result = await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: Math.round(times[Math.floor(runs / 2)] ?? 0),
    peakHeapBytes: await peakHeap(work),
    result,
  };
}

/** How many answer and transcript rows `work` reads from IndexedDB, counted by `reads`. */
async function rowsReadBy(
  work: () => Promise<unknown>,
  reads: ReadCounter,
): Promise<{ answers: number; transcripts: number }> {
  reads.reset();
  await work();
  return { answers: reads.of('answers').rows, transcripts: reads.of('transcripts').rows };
}

describe('History and its transcript search at scale', () => {
  it(`answers from ${String(INTERVIEWS * ANSWERS)} transcribed answers reading only the ones that say it`, async () => {
    const database = new VivaDatabase(`viva-bench-search-${crypto.randomUUID()}`);
    const reads = countReads(database);
    try {
      await storeHistory(database);
      const building = performance.now();
      await rebuildTranscriptIndex(database);
      const indexBuildMs = Math.round(performance.now() - building);

      const history = await measure(async () => (await listSessionSummaries(database)).length);
      expect(history.result).toBe(INTERVIEWS);
      // The list as it was made before tallies, every answer row read, for the same figures in the same run.
      const counted = await measure(async () => (await countedSummaries(database)).length);
      expect(counted.result).toBe(INTERVIEWS);
      const listed = await listSessionSummaries(database);
      expect(await countedSummaries(database)).toEqual(
        listed.map(({ session, answerCount, recordedMs }) => ({
          sessionId: session.id,
          answerCount,
          recordedMs,
        })),
      );

      // The other lists of the same history, and how many answer rows one reading of each takes.
      const interrupted = await measure(async () => (await listInterruptedInterviews(database)).length);
      expect(interrupted.result).toBe(INTERVIEWS / INTERRUPTED_EVERY);
      const progress = await measure(async () =>
        (await attemptsOfScript('cap-theorem', database)).questions.reduce(
          (sum, { attempts }) => sum + attempts.length,
          0,
        ),
      );
      expect(progress.result).toBe(INTERVIEWS * QUESTIONS);
      // The practice plan with this script planned: every attempt, each with its transcript to grade.
      const planned = new Set(['builtin/cap-theorem']);
      const practice = await measure(async () => (await loadPracticeAttempts(planned, database)).length);
      const rowsRead = {
        history: await rowsReadBy(() => listSessionSummaries(database), reads),
        interrupted: await rowsReadBy(() => listInterruptedInterviews(database), reads),
        progress: await rowsReadBy(() => attemptsOfScript('cap-theorem', database), reads),
        practice: await rowsReadBy(() => loadPracticeAttempts(planned, database), reads),
      };

      const queries = { common: 'the', rare: RARE_WORD, cyrillic: 'требования' };
      const indexed: Record<string, Measured> = {};
      const scanned: Record<string, Measured> = {};
      for (const [kind, query] of Object.entries(queries)) {
        const withIndex = await measure(async () => (await searchTranscripts(query, database)).length);
        const withScan = await measure(() => fullScan(query, database), SCAN_RUNS);
        expect(withIndex.result).toBe(withScan.result);
        indexed[kind] = withIndex;
        scanned[kind] = withScan;
      }

      // What a new transcript costs once the history is this long: stored and indexed in one transaction.
      const [one] = await database.transcripts.limit(1).toArray();
      if (one === undefined) throw new Error('The history has no transcript.');
      const saving = performance.now();
      await saveTranscript(one, database);
      const saveOneMs = Math.round(performance.now() - saving);

      const figures = {
        indexBuildMs,
        saveOneMs,
        history: {
          loadMs: history.medianMs,
          peakHeapBytes: history.peakHeapBytes,
          countedLoadMs: counted.medianMs,
          countedPeakHeapBytes: counted.peakHeapBytes,
          answerRowsRead: rowsRead.history.answers,
        },
        interrupted: {
          loadMs: interrupted.medianMs,
          peakHeapBytes: interrupted.peakHeapBytes,
          answerRowsRead: rowsRead.interrupted.answers,
        },
        progress: {
          loadMs: progress.medianMs,
          peakHeapBytes: progress.peakHeapBytes,
          attempts: progress.result,
          answerRowsRead: rowsRead.progress.answers,
          transcriptRowsRead: rowsRead.progress.transcripts,
        },
        practice: {
          loadMs: practice.medianMs,
          peakHeapBytes: practice.peakHeapBytes,
          attempts: practice.result,
          answerRowsRead: rowsRead.practice.answers,
          transcriptRowsRead: rowsRead.practice.transcripts,
        },
        indexed: Object.fromEntries(
          Object.entries(indexed).flatMap(([kind, { medianMs, peakHeapBytes, result }]) => [
            [`${kind}Ms`, medianMs],
            [`${kind}PeakHeapBytes`, peakHeapBytes],
            [`${kind}Hits`, result],
          ]),
        ),
        fullScan: Object.fromEntries(
          Object.entries(scanned).flatMap(([kind, { medianMs, peakHeapBytes }]) => [
            [`${kind}Ms`, medianMs],
            [`${kind}PeakHeapBytes`, peakHeapBytes],
          ]),
        ),
      };
      console.info(`transcript search at scale: ${JSON.stringify(figures)}`);
      recordResults({ search: figures });
    } finally {
      await database.delete();
    }
  });
});
