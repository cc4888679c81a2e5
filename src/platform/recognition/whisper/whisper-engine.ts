import { decodeSpeech, resampleForSpeech } from '../decode-speech.ts';
import type {
  ListenOptions,
  LiveRecognition,
  RecognitionEngine,
  RecognitionResult,
  TranscribeOptions,
} from '../recognition.ts';
import { openSpeechTap } from '../speech-tap.ts';
import { listenInWindows } from './windowed-listening.ts';
import type { WhisperRequest, WhisperResponse } from './whisper-protocol.ts';
import { wordsOfSegments } from './whisper-words.ts';

/** A thread a core, up to four (the build starts four, and whisper.cpp gains little beyond). */
const allThreads = Math.max(1, Math.min(4, navigator.hardwareConcurrency));
/** While an answer is recorded, one core is left to the page and the recorder. */
const threadsBesideRecording = Math.max(1, allThreads - 1);

/** The Whisper engine, with what its worker last said of its memory. */
export interface WhisperRecognitionEngine extends RecognitionEngine {
  /** The size of whisper.cpp's WebAssembly memory after loading the model or the last transcription. */
  readonly heapBytes: number;
  listen(track: MediaStreamTrack, options: ListenOptions): LiveRecognition;
}

/**
 * Starts Whisper in a worker with the user's model (a ggml file): resolves once the model is loaded,
 * rejects with a message a person can act on when it cannot be.
 */
export async function startWhisperEngine(model: Blob): Promise<WhisperRecognitionEngine> {
  if (!crossOriginIsolated) {
    throw new Error(
      'this page is not cross-origin isolated, which Whisper needs for its threads: serve Viva with the headers Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp',
    );
  }
  const worker = new Worker(new URL('./whisper.worker.ts', import.meta.url), {
    type: 'module',
    name: 'whisper',
  });
  const send = (request: WhisperRequest): void => {
    worker.postMessage(request);
  };
  const cancelFlag = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  // Served as built (public/whisper/, made by scripts/whisper-wasm.sh): the module finds its code and its
  // threads' script beside it.
  const script = new URL(`${import.meta.env.BASE_URL}whisper/viva-whisper.mjs`, location.href).href;
  let heapBytes: number;
  try {
    heapBytes = await new Promise<number>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WhisperResponse>) => {
        if (event.data.type === 'loaded') resolve(event.data.heapBytes);
        else if (event.data.type === 'failed') reject(new Error(event.data.message));
      };
      worker.onerror = (event) => {
        reject(new Error(`the Whisper worker failed to start: ${event.message}`));
      };
      send({ type: 'load', script, model, cancelFlag });
    });
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return new WhisperEngine(worker, send, new Int32Array(cancelFlag), heapBytes);
}

class WhisperEngine implements WhisperRecognitionEngine {
  private nextId = 0;
  /** One transcription at a time: the next waits for the one before to settle. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly worker: Worker,
    private readonly send: (request: WhisperRequest) => void,
    private readonly cancelFlag: Int32Array,
    private lastHeapBytes: number,
  ) {}

  get heapBytes(): number {
    return this.lastHeapBytes;
  }

  async transcribe(audio: Blob, options: TranscribeOptions): Promise<RecognitionResult> {
    if (options.signal?.aborted) return { ok: false, reason: 'cancelled' };
    let samples: Float32Array<ArrayBuffer>;
    try {
      samples = await decodeSpeech(audio);
    } catch (error) {
      return { ok: false, reason: 'undecodable', detail: String(error) };
    }
    return this.inTurn(() => this.run(samples, allThreads, options));
  }

  /**
   * Transcribes the answer in windows as it is recorded (windowed-listening.ts), with a core left free while
   * it is; the windows left when it ends get every thread, since the candidate is waiting for them.
   */
  listen(track: MediaStreamTrack, { language, paused, heardSpeech }: ListenOptions): LiveRecognition {
    return listenInWindows({
      openTap: (onSamples) => openSpeechTap(track, onSamples),
      resample: resampleForSpeech,
      paused,
      heardSpeech,
      transcribe: (samples, last, signal) =>
        this.inTurn(() =>
          this.run(samples, last ? allThreads : threadsBesideRecording, { language, signal }),
        ),
    });
  }

  dispose(): void {
    this.worker.terminate();
  }

  /** Runs `work` once the transcriptions asked for before it have settled: the worker does one at a time. */
  private inTurn(work: () => Promise<RecognitionResult>): Promise<RecognitionResult> {
    const result = this.queue.then(work);
    this.queue = result;
    return result;
  }

  private run(
    samples: Float32Array<ArrayBuffer>,
    threads: number,
    { language, onProgress, signal }: TranscribeOptions,
  ): Promise<RecognitionResult> {
    if (signal?.aborted) return Promise.resolve({ ok: false, reason: 'cancelled' });
    const id = this.nextId++;
    return new Promise<RecognitionResult>((resolve) => {
      // The worker is busy in whisper.cpp until the transcription ends: it reads this flag meanwhile.
      const cancel = (): void => {
        Atomics.store(this.cancelFlag, 0, id + 1);
      };
      signal?.addEventListener('abort', cancel, { once: true });
      this.worker.onmessage = (event: MessageEvent<WhisperResponse>) => {
        const response = event.data;
        if (response.type === 'loaded' || response.id !== id) return;
        if (response.type === 'progress') {
          onProgress?.(response.done);
          return;
        }
        signal?.removeEventListener('abort', cancel);
        if (response.type === 'done') {
          this.lastHeapBytes = response.heapBytes;
          resolve({ ok: true, words: wordsOfSegments(response.segments) });
        } else if (response.type === 'cancelled') resolve({ ok: false, reason: 'cancelled' });
        else resolve({ ok: false, reason: 'engine-failed', detail: response.message });
      };
      this.worker.onerror = (event) => {
        signal?.removeEventListener('abort', cancel);
        resolve({ ok: false, reason: 'engine-failed', detail: event.message });
      };
      this.send({ type: 'transcribe', id, samples, language, threads });
    });
  }
}
