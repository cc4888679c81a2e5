/**
 * Whisper in a worker: whisper.cpp compiled to WebAssembly with Viva's own entry points (wasm/viva-whisper.cpp,
 * built by scripts/whisper-wasm.sh) and the user's model, so a transcription never blocks the page. Its compute
 * threads share the worker's memory, which needs a cross-origin isolated page. A transcription runs to its end
 * inside one call; the page stops it through a flag in memory it shares with the worker.
 */
import { encoderFrames } from './encoder-window.ts';
import type { WhisperRequest, WhisperResponse } from './whisper-protocol.ts';
import type { WhisperSegment, WhisperToken } from './whisper-words.ts';

type CType = 'number' | 'string';

/** The part of the compiled module this worker uses. */
interface WhisperModule {
  ccall(name: string, returns: CType, types: readonly CType[], values: readonly (number | string)[]): unknown;
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  readonly FS: { writeFile(path: string, data: Uint8Array): void; unlink(path: string): void };
  /** Called by viva-whisper.cpp while it transcribes. */
  onProgress: (percent: number) => void;
  cancelRequested: () => boolean;
}

type WhisperFactory = (settings: object) => Promise<WhisperModule>;

const modelFile = '/model.bin';
// The module's memory, made here so that its current size and contents can be read whatever thread grew it
// (the module's own views of it are renewed only on the thread that grew it). 256 MB to start, 2 GB at most.
const pageBytes = 65_536;
const memory = new WebAssembly.Memory({
  initial: 268_435_456 / pageBytes,
  maximum: 2_147_483_648 / pageBytes,
  shared: true,
});

let whisper: WhisperModule | undefined;
/** The id of the transcription under way, and the flag through which the page cancels one (its id + 1). */
let running: number | undefined;
let cancelFlag: Int32Array | undefined;
const log: string[] = [];

const reply = (response: WhisperResponse): void => {
  postMessage(response);
};

/** The size of whisper.cpp's WebAssembly memory, the bulk of what the worker holds. */
const heapBytes = (): number => memory.buffer.byteLength;

/** whisper.cpp's last lines of output, to explain a failure. */
function keep(line: string): void {
  log.push(line);
  if (log.length > 20) log.shift();
}
const lastLines = (): string => log.slice(-3).join(' ');

async function load(script: string, model: Blob): Promise<void> {
  const { default: createModule } = (await import(/* @vite-ignore */ script)) as {
    default: WhisperFactory;
  };
  const module = await createModule({
    wasmMemory: memory,
    print: keep,
    printErr: keep,
    onAbort: (what: unknown) => {
      reply({
        type: 'failed',
        ...(running === undefined ? {} : { id: running }),
        message: `whisper.cpp stopped: ${String(what)}; ${lastLines()}`,
      });
    },
  });
  module.onProgress = (percent) => {
    if (running !== undefined) reply({ type: 'progress', id: running, done: percent / 100 });
  };
  module.cancelRequested = () =>
    running !== undefined && cancelFlag !== undefined && Atomics.load(cancelFlag, 0) === running + 1;
  module.FS.writeFile(modelFile, new Uint8Array(await model.arrayBuffer()));
  const status = module.ccall('viva_load', 'number', ['string'], [modelFile]);
  // whisper.cpp has copied the model into its own memory: the file's copy would only double it.
  module.FS.unlink(modelFile);
  if (status !== 0) throw new Error(`whisper.cpp could not read the model; ${lastLines()}`);
  whisper = module;
}

/** Runs whisper.cpp on the samples; its status, 0 when it finished. */
function transcribe(
  module: WhisperModule,
  { samples, language, threads }: Extract<WhisperRequest, { type: 'transcribe' }>,
): number {
  const pointer = module._malloc(samples.byteLength);
  try {
    new Float32Array(memory.buffer, pointer, samples.length).set(samples);
    return module.ccall(
      'viva_transcribe',
      'number',
      ['number', 'number', 'string', 'number', 'number'],
      [pointer, samples.length, language, threads, encoderFrames(samples.length)],
    ) as number;
  } finally {
    module._free(pointer);
  }
}

/** The result of the last transcription, read field by field. */
function segmentsOf(module: WhisperModule): WhisperSegment[] {
  // Every field is read by its indices: a number, or text.
  const read = (returns: CType, name: string, at: number[]) =>
    module.ccall(
      name,
      returns,
      at.map(() => 'number'),
      at,
    );
  const number = (name: string, ...at: number[]) => read('number', name, at) as number;
  const text = (name: string, ...at: number[]) => read('string', name, at) as string;
  const segments: WhisperSegment[] = [];
  for (let s = 0; s < number('viva_segments'); s++) {
    const tokens: WhisperToken[] = [];
    for (let t = 0; t < number('viva_tokens', s); t++) {
      tokens.push({
        text: text('viva_token_text', s, t),
        p: number('viva_token_p', s, t),
        offsets: { from: number('viva_token_from_ms', s, t), to: number('viva_token_to_ms', s, t) },
      });
    }
    segments.push({
      text: text('viva_segment_text', s),
      offsets: { from: number('viva_segment_from_ms', s), to: number('viva_segment_to_ms', s) },
      tokens,
    });
  }
  return segments;
}

// whisper.cpp's threads rethrow their errors here: the transcription under way has failed, and says why.
addEventListener('error', (event) => {
  event.preventDefault();
  reply({
    type: 'failed',
    ...(running === undefined ? {} : { id: running }),
    message: `${event.message}; ${lastLines()}`,
  });
});

onmessage = (event: MessageEvent<WhisperRequest>) => {
  const request = event.data;
  if (request.type === 'load') {
    cancelFlag = new Int32Array(request.cancelFlag);
    load(request.script, request.model).then(
      () => {
        reply({ type: 'loaded', heapBytes: heapBytes() });
      },
      (error: unknown) => {
        reply({ type: 'failed', message: `could not load the model: ${String(error)}` });
      },
    );
    return;
  }
  if (whisper === undefined) {
    reply({ type: 'failed', id: request.id, message: 'no model loaded' });
    return;
  }
  running = request.id;
  try {
    const status = transcribe(whisper, request);
    if (status === 0)
      reply({ type: 'done', id: request.id, segments: segmentsOf(whisper), heapBytes: heapBytes() });
    else if (whisper.cancelRequested()) reply({ type: 'cancelled', id: request.id });
    else
      reply({
        type: 'failed',
        id: request.id,
        message: `whisper.cpp stopped with status ${String(status)}; ${lastLines()}`,
      });
  } catch (error) {
    reply({ type: 'failed', id: request.id, message: `${String(error)}; ${lastLines()}` });
  } finally {
    running = undefined;
  }
};
