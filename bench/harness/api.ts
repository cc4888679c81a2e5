// What the harness page offers the bench, on window.vivaBench: the contract both sides compile against.
// Types only, and nothing that needs Vite, so the Node side of the bench can import it too.
import type { LevelSummary } from '../../src/platform/microphone/microphone.ts';

/** The global the harness puts itself on. */
export const HARNESS_GLOBAL = 'vivaBench';
/** Where the bench serves files to the harness page and takes the generated answer back. */
export const FIXTURE_PATH = '/__bench/fixture';
/**
 * Where the harness server serves the Whisper model from its own files: at 82 MB it is too big to pass
 * through the browser's debugging protocol, as FIXTURE_PATH's files are.
 */
export const MODEL_URL = '/models/whisper.bin';

/** A long answer's figures beside its WebM file, as JSON (peaks as plain numbers). */
export interface LongAnswerFigures {
  readonly mimeType: string;
  /** The bitrate it was encoded at: the app's recorder's, when it was made. */
  readonly audioBitsPerSecond: number;
  /** Byte offset where each chunk ends; chunk i is bytes[chunkEnds[i - 1] ?? 0, chunkEnds[i]). */
  readonly chunkEnds: readonly number[];
  /** Audio up to the end of each chunk, in milliseconds, as the recorder stores it with the chunk. */
  readonly chunkDurationsMs: readonly number[];
  /** All min/max pairs, ±127. */
  readonly peaks: readonly number[];
  readonly durationMs: number;
  readonly levels: LevelSummary;
}

/** Where a stored answer is found again. */
export interface StoredAnswerIds {
  readonly sessionId: string;
  readonly answerId: string;
}

/** What opening a waveform cost, and proof that something was drawn. */
export interface OpenedWaveform {
  /** From the first read of IndexedDB to the first frame after the player said it is ready. */
  readonly drawMs: number;
  /** Canvases wavesurfer drew into: none would mean nothing was drawn. */
  readonly canvases: number;
  readonly durationSeconds: number;
}

/** One audio file through the app's Whisper engine. */
export interface TranscribedClip {
  readonly name: string;
  readonly text: string;
  /** The length of the file transcribed (through Opus, it ends with a fraction of a second of silence). */
  readonly audioMs: number;
  /** From handing the recording to the engine to its words: decoding included. */
  readonly transcribeMs: number;
}

/** What the Whisper worker's WebAssembly memory came to. */
export interface WorkerMemory {
  /** Once the model was loaded. */
  readonly loadedHeapBytes: number;
  /** The most after a transcription. */
  readonly heapBytes: number;
}

/** A run of the app's Whisper engine over some files, each as given (WAV) and through the app's recorder. */
export interface TranscriptionRun extends WorkerMemory {
  /** Starting the worker and loading the model. */
  readonly loadMs: number;
  /** The files as they are (none unless asked for). */
  readonly wav: readonly TranscribedClip[];
  /** The files recorded through MediaRecorder into WebM/Opus as the app records an answer. */
  readonly opus: readonly TranscribedClip[];
  /** The size of the WebM/Opus files together. */
  readonly opusBytes: number;
}

/** A long answer joined from clips, recorded as the app records, from the stored file to its words. */
export interface LongAnswerTranscription extends WorkerMemory {
  /** The clips joined, in order (a clip may come more than once), a second's pause after each. */
  readonly names: readonly string[];
  readonly audioMs: number;
  readonly opusBytes: number;
  readonly loadMs: number;
  /** From the stored WebM/Opus file to its words: decoding and the worker, as the app transcribes it. */
  readonly transcribeMs: number;
  readonly text: string;
  /**
   * The same answer heard while it was recorded, window by window, as the app hears one: from the
   * recording's end (its last 300 ms of silence included) to its words, and what they were.
   */
  readonly heardLive: { readonly doneToWordsMs: number; readonly text: string };
}

export interface BenchHarness {
  /** Makes a long answer of `seconds` from the speech served at FIXTURE_PATH/speech.wav; PUTs its WebM back. */
  makeLongAnswer(seconds: number): Promise<LongAnswerFigures>;
  /** Stores the answer served at FIXTURE_PATH/long-answer.{webm,json} through the app's persistence. */
  storeLongAnswer(): Promise<StoredAnswerIds>;
  /** Loads the player's code, so that neither way of opening is timed loading modules. */
  loadPlayerCode(): Promise<void>;
  /** The app's way: stored peaks and duration through the app's own player. */
  openWithStoredPeaks(ids: StoredAnswerIds): Promise<OpenedWaveform>;
  /** wavesurfer.js's default way: fetch the whole recording and decode it. */
  openByDecoding(ids: StoredAnswerIds): Promise<OpenedWaveform>;
  /**
   * Records each of `names` (files at FIXTURE_PATH) through WebM/Opus as the app records, then starts the
   * app's Whisper engine with the model at MODEL_URL and transcribes in `language` each file as it is, then
   * each recording, one after the other; without `alsoAsGiven`, only the recordings.
   */
  transcribeFiles(
    names: readonly string[],
    language: 'en' | 'de' | 'ru',
    alsoAsGiven: boolean,
  ): Promise<TranscriptionRun>;
  /**
   * Joins `names` over and over, a pause after each, until the answer lasts `seconds`; records it as the
   * app does and transcribes the recording with a fresh engine.
   */
  transcribeLongAnswer(
    names: readonly string[],
    seconds: number,
    language: 'en' | 'de' | 'ru',
  ): Promise<LongAnswerTranscription>;
  /** Starts the app's Whisper engine with the model at MODEL_URL and keeps it for the calls below. */
  loadWhisper(): Promise<void>;
  /** Transcribes each of `names` (files at FIXTURE_PATH, as they are) in turn with the engine loaded. */
  transcribeWithLoadedWhisper(names: readonly string[], language: 'en' | 'de' | 'ru'): Promise<WorkerMemory>;
  /** Stops the engine loadWhisper started (its worker ends). */
  stopWhisper(): void;
  /** Sets `count` deadlines on the app's browser clock; returns how late each woke, in ms. */
  measureDeadlineLateness(count: number, minGapMs: number, maxGapMs: number): Promise<number[]>;
}
