import { Listeners } from '../listeners.ts';
import { PEAKS_PROCESSOR } from './peak-batch.ts';
import type { PeakBatch, PeakCutRequest } from './peak-batch.ts';

/** A cut asked of the worklet: the batch carrying `mark` ends at it. */
export interface PeakCut {
  readonly mark: number;
  /** Resolves once the batch carrying `mark` has gone to every listener, or the tap has closed. */
  readonly reached: Promise<void>;
}

/**
 * The audio graph of the microphone: its samples go to the peaks worklet (batches come back) and to an
 * output stream for the recorder. The output never ends, even when the device does, so one recording can
 * carry on with the next device after a reconnect.
 */
export interface PeakTap {
  readonly sampleRate: number;
  /** The microphone's sound as a stream that outlives any device: what recorders record. */
  readonly output: MediaStream;
  /** Feeds the graph from `stream` instead of the device it had (a reconnected or new microphone). */
  connect(stream: MediaStream): void;
  /** Calls `listener` with every batch, in order. Returns a function that unsubscribes. */
  onBatch(listener: (batch: PeakBatch) => void): () => void;
  /** Asks the worklet to post what it has now, so counting can start or stop exactly there. */
  cut(): PeakCut;
  /** Disconnects the nodes, ends the output and closes the audio context; safe to call twice. */
  close(): void;
}

export interface PeakTapDeps {
  readonly createAudioContext: () => AudioContext;
  readonly AudioWorkletNode: typeof AudioWorkletNode;
  /** Same-origin URL of the built peaks.worklet.ts. */
  readonly workletUrl: string;
}

/** Builds the graph for `stream`: source → peaks worklet and source → output stream, nothing to the speakers. */
export async function openPeakTap(stream: MediaStream, deps: PeakTapDeps): Promise<PeakTap> {
  const context = deps.createAudioContext();
  try {
    await context.audioWorklet.addModule(deps.workletUrl);
    // Measured in Chromium: while the page captures the microphone, resume() needs no user gesture.
    if (context.state === 'suspended') await context.resume();
    // No outputs: Chromium runs a worklet node fed by an input although nothing pulls it towards the
    // destination (measured), and a node without outputs cannot leak the voice to the speakers. The
    // output stream below is no speaker either: only the recorder listens to it.
    const node = new deps.AudioWorkletNode(context, PEAKS_PROCESSOR, {
      numberOfInputs: 1,
      numberOfOutputs: 0,
      channelCount: 1,
      channelCountMode: 'explicit',
      channelInterpretation: 'speakers',
    });
    // Mono, as the worklet hears it: a stereo microphone is mixed down rather than recorded twice.
    const output = context.createMediaStreamDestination();
    output.channelCount = 1;
    output.channelCountMode = 'explicit';
    output.channelInterpretation = 'speakers';
    const tap = new WorkletPeakTap(context, node, output);
    tap.connect(stream);
    return tap;
  } catch (error) {
    void context.close();
    throw error;
  }
}

class WorkletPeakTap implements PeakTap {
  private readonly listeners = new Listeners<[batch: PeakBatch]>();
  private readonly waiting = new Map<number, () => void>();
  private nextMark = 0;
  private closed = false;
  private source: MediaStreamAudioSourceNode | undefined;

  constructor(
    private readonly context: AudioContext,
    private readonly node: AudioWorkletNode,
    private readonly destination: MediaStreamAudioDestinationNode,
  ) {
    node.port.onmessage = (event: MessageEvent<PeakBatch>) => {
      this.deliver(event.data);
    };
  }

  get sampleRate(): number {
    return this.context.sampleRate;
  }

  get output(): MediaStream {
    return this.destination.stream;
  }

  connect(stream: MediaStream): void {
    if (this.closed) return;
    this.source?.disconnect();
    // Echo cancellation and the other constraints act on the track itself, before Web Audio sees it.
    const source = this.context.createMediaStreamSource(stream);
    source.connect(this.node);
    source.connect(this.destination);
    this.source = source;
  }

  onBatch(listener: (batch: PeakBatch) => void): () => void {
    return this.listeners.add(listener);
  }

  cut(): PeakCut {
    const mark = this.nextMark;
    this.nextMark += 1;
    if (this.closed) return { mark, reached: Promise.resolve() };
    const reached = new Promise<void>((resolve) => {
      this.waiting.set(mark, resolve);
    });
    const request: PeakCutRequest = { mark };
    this.node.port.postMessage(request);
    return { mark, reached };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.node.port.onmessage = null;
    this.source?.disconnect();
    this.node.disconnect();
    // A recorder of the output stops once its track ends, as it would have with the device's own track.
    for (const track of this.destination.stream.getTracks()) track.stop();
    void this.context.close();
    this.listeners.clear();
    // The worklet will answer no more cuts; whoever waits for one must not wait forever.
    for (const resolve of this.waiting.values()) resolve();
    this.waiting.clear();
  }

  private deliver(batch: PeakBatch): void {
    this.listeners.emit(batch);
    if (batch.mark === undefined) return;
    this.waiting.get(batch.mark)?.();
    this.waiting.delete(batch.mark);
  }
}
