// What the app stored about interviews, read straight from IndexedDB in the page (not through the app's
// code), and an answer's audio decoded there the way a player would.
import type { JSHandle, Page } from 'playwright-core';
import type {
  AnswerAssessmentRecord,
  AnswerRecord,
  AudioChunkRecord,
  ChunkPeaksRecord,
  SessionRecord,
  TranscriptRecord,
} from '../../../src/store/database.ts';

/** A stored row as it reaches the test: typed arrays (such as waveform peaks) become arrays of numbers. */
export type JsonSafe<T> = T extends Int8Array | Uint8Array
  ? number[]
  : T extends readonly (infer Item)[]
    ? JsonSafe<Item>[]
    : T extends object
      ? { [K in keyof T]: JsonSafe<T[K]> }
      : T;

/** An audio chunk without its bytes, which only decodeStoredAnswer() needs. */
export interface StoredChunk {
  readonly answerId: string;
  readonly seq: number;
  readonly byteLength: number;
  /** Number of values in the chunk's stored peaks (min, max pairs): 0 once the answer's summary holds them. */
  readonly peaksLength: number;
  readonly durationMs: number;
}

/**
 * Every session, answer, audio chunk, answer assessment and transcript in the database; a missing table reads
 * as empty.
 */
export interface StoredInterview {
  readonly sessions: JsonSafe<SessionRecord>[];
  readonly answers: JsonSafe<AnswerRecord>[];
  readonly audioChunks: StoredChunk[];
  readonly answerAssessments: JsonSafe<AnswerAssessmentRecord>[];
  readonly transcripts: JsonSafe<TranscriptRecord>[];
}

/** An answer's audio as decoded from its chunks; rms and peak are of all samples, on a 0–1 scale. */
export interface DecodedAnswer {
  /** SHA-256 of the answer's bytes (its chunks joined in seq order), hex: equal bytes, equal digest. */
  readonly sha256: string;
  readonly durationSeconds: number;
  readonly rms: number;
  readonly peak: number;
}

/** What the reads share in the page. */
interface PageHelpers {
  /** Opens the database, or gives undefined when it does not exist. */
  open: (name: string) => Promise<IDBDatabase | undefined>;
  /** The result of a request once it has succeeded, as the type the caller expects the rows to have. */
  result: <T>(request: IDBRequest) => Promise<T>;
  /** Decodes audio bytes as a player would (offline: no audio output needed) and measures them. */
  measure: (bytes: ArrayBuffer) => Promise<DecodedAnswer>;
}

// Runs in the page. Opening without a version creates an empty version-1 database when there is none, which
// the app's Dexie could then take for its own version 1, tables missing: that creation is aborted instead.
function makePageHelpers(): PageHelpers {
  return {
    open: (name) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onupgradeneeded = () => {
          request.transaction?.abort();
        };
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          if (request.error?.name === 'AbortError') resolve(undefined);
          else reject(new Error(`Opening IndexedDB "${name}" failed: ${String(request.error)}`));
        };
      }),
    result: <T>(request: IDBRequest) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => {
          resolve(request.result as T);
        };
        request.onerror = () => {
          reject(new Error(`IndexedDB request failed: ${String(request.error)}`));
        };
      }),
    measure: async (bytes) => {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      const sha256 = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
      const context = new OfflineAudioContext({ numberOfChannels: 1, length: 1, sampleRate: 48_000 });
      const audio = await context.decodeAudioData(bytes);
      let sumOfSquares = 0;
      let peak = 0;
      for (let channel = 0; channel < audio.numberOfChannels; channel += 1) {
        for (const sample of audio.getChannelData(channel)) {
          sumOfSquares += sample * sample;
          peak = Math.max(peak, Math.abs(sample));
        }
      }
      const samples = audio.length * audio.numberOfChannels;
      return { sha256, durationSeconds: audio.duration, rms: Math.sqrt(sumOfSquares / samples), peak };
    },
  };
}

async function withPageHelpers<T>(
  page: Page,
  use: (helpers: JSHandle<PageHelpers>) => Promise<T>,
): Promise<T> {
  const helpers = await page.evaluateHandle(makePageHelpers);
  try {
    return await use(helpers);
  } finally {
    await helpers.dispose();
  }
}

// Runs in the page.
async function readAll({
  db: helpers,
  dbName,
}: {
  db: PageHelpers;
  dbName: string;
}): Promise<StoredInterview> {
  const db = await helpers.open(dbName);
  if (db === undefined) {
    return { sessions: [], answers: [], audioChunks: [], answerAssessments: [], transcripts: [] };
  }
  const plain = (value: unknown): unknown => {
    if (ArrayBuffer.isView(value)) return Array.from(value as Int8Array);
    if (Array.isArray(value)) return value.map(plain);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
    }
    return value;
  };
  // Closed at once, since an open connection would block the app's next schema upgrade.
  try {
    const names = [
      'sessions',
      'answers',
      'audioChunks',
      'chunkPeaks',
      'answerAssessments',
      'transcripts',
    ].filter((name) => db.objectStoreNames.contains(name));
    // A transaction needs at least one table; a database from before version 2 may have none of these.
    const transaction = names.length > 0 ? db.transaction(names) : undefined;
    const rows = <T>(name: string): Promise<T[]> =>
      transaction !== undefined && names.includes(name)
        ? helpers.result<T[]>(transaction.objectStore(name).getAll())
        : Promise.resolve([]);
    const [sessions, answers, chunks, chunkPeaks, answerAssessments, transcripts] = await Promise.all([
      rows<SessionRecord>('sessions'),
      rows<AnswerRecord>('answers'),
      rows<AudioChunkRecord>('audioChunks'),
      rows<ChunkPeaksRecord>('chunkPeaks'),
      rows<AnswerAssessmentRecord>('answerAssessments'),
      rows<TranscriptRecord>('transcripts'),
    ]);
    const peaksLengths = new Map(
      chunkPeaks.map((row) => [`${row.answerId}/${String(row.seq)}`, row.peaks.length]),
    );
    return {
      sessions: plain(sessions) as JsonSafe<SessionRecord>[],
      answers: plain(answers) as JsonSafe<AnswerRecord>[],
      audioChunks: chunks.map(({ answerId, seq, bytes, durationMs }) => ({
        answerId,
        seq,
        byteLength: bytes.byteLength,
        peaksLength: peaksLengths.get(`${answerId}/${String(seq)}`) ?? 0,
        durationMs,
      })),
      answerAssessments: plain(answerAssessments) as JsonSafe<AnswerAssessmentRecord>[],
      transcripts: plain(transcripts) as JsonSafe<TranscriptRecord>[],
    };
  } finally {
    db.close();
  }
}

// Runs in the page.
async function decode({
  db: helpers,
  dbName,
  answerId,
}: {
  db: PageHelpers;
  dbName: string;
  answerId: string;
}): Promise<DecodedAnswer> {
  const db = await helpers.open(dbName);
  if (db === undefined) throw new Error(`There is no IndexedDB "${dbName}".`);
  let answer: AnswerRecord | undefined;
  let chunks: AudioChunkRecord[];
  // Closed at once, since an open connection would block the app's next schema upgrade.
  try {
    const transaction = db.transaction(['answers', 'audioChunks']);
    // The primary key is [answerId, seq], so this range is the answer's chunks in seq order.
    const range = IDBKeyRange.bound([answerId, -Infinity], [answerId, Infinity]);
    [answer, chunks] = await Promise.all([
      helpers.result<AnswerRecord | undefined>(transaction.objectStore('answers').get(answerId)),
      helpers.result<AudioChunkRecord[]>(transaction.objectStore('audioChunks').getAll(range)),
    ]);
  } finally {
    db.close();
  }
  if (answer === undefined) throw new Error(`No answer ${answerId} is stored in "${dbName}".`);
  if (chunks.length === 0) throw new Error(`Answer ${answerId} has no audio chunks in "${dbName}".`);

  const blob = new Blob(
    chunks.map((chunk) => chunk.bytes),
    { type: answer.mimeType },
  );
  return helpers.measure(await blob.arrayBuffer());
}

// Runs in the page.
async function countRows({
  db: helpers,
  dbName,
}: {
  db: PageHelpers;
  dbName: string;
}): Promise<Record<string, number>> {
  const db = await helpers.open(dbName);
  if (db === undefined) return {};
  try {
    const names = [...db.objectStoreNames];
    if (names.length === 0) return {};
    const transaction = db.transaction(names);
    const counts = await Promise.all(
      names.map((name) => helpers.result<number>(transaction.objectStore(name).count())),
    );
    return Object.fromEntries(names.map((name, index) => [name, counts[index] ?? 0]));
  } finally {
    db.close();
  }
}

/** How many rows each table of IndexedDB `dbName` holds, by table name; empty when there is no database. */
export async function storedRowCounts(page: Page, dbName = 'viva'): Promise<Record<string, number>> {
  return withPageHelpers(page, (db) => page.evaluate(countRows, { db, dbName }));
}

/** Every session, answer, audio chunk, answer assessment and transcript the app stored in IndexedDB `dbName`; empty when there is none yet. */
export async function readStoredInterview(page: Page, dbName = 'viva'): Promise<StoredInterview> {
  return withPageHelpers(page, (db) => page.evaluate(readAll, { db, dbName }));
}

/** Joins an answer's chunks in seq order, decodes them as its mimeType in the page, and measures the audio. */
export async function decodeStoredAnswer(
  page: Page,
  answerId: string,
  dbName = 'viva',
): Promise<DecodedAnswer> {
  return withPageHelpers(page, (db) => page.evaluate(decode, { db, dbName, answerId }));
}

/**
 * The same reads as expressions to evaluate in a page, for drivers other than Playwright (the Firefox and
 * WebKit tests): each builds its IndexedDB helpers in the page itself.
 */
export const storedInterviewExpressions = {
  readAll: (dbName = 'viva'): string =>
    `(${readAll.toString()})({ db: (${makePageHelpers.toString()})(), dbName: ${JSON.stringify(dbName)} })`,
  decode: (answerId: string, dbName = 'viva'): string =>
    `(${decode.toString()})({ db: (${makePageHelpers.toString()})(), dbName: ${JSON.stringify(dbName)}, answerId: ${JSON.stringify(answerId)} })`,
  /** Decodes and measures the ArrayBuffer (or a promise of one) that `bytes`, an expression, gives. */
  measure: (bytes: string): string =>
    `(async () => (${makePageHelpers.toString()})().measure(await (${bytes})))()`,
};
