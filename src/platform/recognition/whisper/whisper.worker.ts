/**
 * Whisper in a worker: whisper.cpp's WebAssembly build (@transcribe/shout) with the user's model, so a
 * transcription never blocks the page. The build runs its work on threads of its own, which need shared
 * memory: the page must be cross-origin isolated.
 */
import type { WhisperRequest, WhisperResponse } from './whisper-protocol.ts';
import type { WhisperSegment } from './whisper-words.ts';

/** The part of the build's module this worker uses. */
interface ShoutModule {
  FS_createDataFile(
    parent: string,
    name: string,
    data: Uint8Array,
    canRead: boolean,
    canWrite: boolean,
  ): void;
  init(modelFile: string, dtwType: string): void;
  transcribe(
    samples: Float32Array,
    language: string,
    threads: number,
    translate: boolean,
    maxLength: number,
    splitOnWord: boolean,
    suppressNonSpeech: boolean,
    tokenTimestamps: boolean,
  ): void;
  cancel(): boolean;
  /** A view of its whole WebAssembly memory, renewed when the memory grows. */
  readonly HEAPU8: Uint8Array;
}

type ShoutFactory = (callbacks: object) => Promise<ShoutModule>;

const modelFile = 'model.bin';
/**
 * A thread a core, up to four (whisper.cpp gains little beyond). Transcription runs after the interview,
 * never beside a recording, and in workers: the page stays responsive. On two cores, two threads made a
 * 9 s answer's transcript in 60 s where one took 74 s.
 */
const threads = Math.max(1, Math.min(4, navigator.hardwareConcurrency));

let shout: ShoutModule | undefined;
let running: number | undefined;
const log: string[] = [];

const reply = (response: WhisperResponse): void => {
  postMessage(response);
};

/** The build calls these on the module object it is given, from its own threads. */
const callbacks = {
  print: (line: string) => {
    keep(line);
  },
  printErr: (line: string) => {
    keep(line);
  },
  onProgress: (percent: number) => {
    if (running !== undefined) reply({ type: 'progress', id: running, done: percent / 100 });
  },
  onNewSegment: () => undefined,
  onTranscribed: (result: { transcription: readonly WhisperSegment[] }) => {
    if (running === undefined) return;
    reply({ type: 'done', id: running, segments: result.transcription, heapBytes: heapBytes() });
    running = undefined;
  },
  onCanceled: () => {
    if (running === undefined) return;
    reply({ type: 'cancelled', id: running });
    running = undefined;
  },
  onAbort: (what: unknown) => {
    reply({
      type: 'failed',
      ...(running === undefined ? {} : { id: running }),
      message: `whisper.cpp stopped: ${String(what)}; ${lastLines()}`,
    });
    running = undefined;
  },
};

/** The size of whisper.cpp's WebAssembly memory, the bulk of what the worker holds. */
const heapBytes = (): number => shout?.HEAPU8.length ?? 0;

/** The build's last lines of output, to explain a failure. */
function keep(line: string): void {
  log.push(line);
  if (log.length > 20) log.shift();
}

async function load(shoutUrl: string, model: Blob): Promise<void> {
  const { default: createModule } = (await import(/* @vite-ignore */ shoutUrl)) as { default: ShoutFactory };
  // Its threads load the build again: from the URL it was given, since Vite's file name carries a hash.
  const module = await createModule({ ...callbacks, mainScriptUrlOrBlob: shoutUrl });
  module.FS_createDataFile('/', modelFile, new Uint8Array(await model.arrayBuffer()), true, false);
  module.init(modelFile, '');
  shout = module;
}

/** What whisper.cpp printed last, to explain a failure. */
const lastLines = (): string => log.slice(-3).join(' ');

// whisper.cpp's threads rethrow their errors here: the transcription under way has failed, and says why.
addEventListener('error', (event) => {
  event.preventDefault();
  reply({
    type: 'failed',
    ...(running === undefined ? {} : { id: running }),
    message: `${event.message}; ${lastLines()}`,
  });
  running = undefined;
});

onmessage = (event: MessageEvent<WhisperRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'load':
      load(request.shoutUrl, request.model).then(
        () => {
          reply({ type: 'loaded', heapBytes: heapBytes() });
        },
        (error: unknown) => {
          reply({ type: 'failed', message: `could not load the model: ${String(error)}` });
        },
      );
      return;
    case 'transcribe':
      if (shout === undefined || running !== undefined) {
        reply({
          type: 'failed',
          id: request.id,
          message: shout ? 'a transcription is already running' : 'no model loaded',
        });
        return;
      }
      running = request.id;
      try {
        // Non-speech tokens suppressed, as OpenAI's own transcriber does by default: without it, answers
        // recorded through Opus from mid-word came back as "[Music]" alone (2 of 4 starting points measured).
        shout.transcribe(request.samples, request.language, threads, false, 0, false, true, true);
      } catch (error) {
        running = undefined;
        reply({ type: 'failed', id: request.id, message: String(error) });
      }
      return;
    case 'cancel':
      if (running === request.id) shout?.cancel();
      return;
  }
};
