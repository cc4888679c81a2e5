import { Listeners } from '../listeners.ts';
import { PEAKS_PROCESSOR } from './peak-batch.ts';
import type { PeakBatch, PeakCutRequest } from './peak-batch.ts';

/** A cut asked of the worklet: the batch carrying `mark` ends at it. */
export interface PeakCut {
  readonly mark: number;
  /** Resolves once the batch carrying `mark` has gone to every listener, or the tap has closed. */
  readonly reached: Promise<void>;
}

/** The audio graph that feeds the microphone's samples to the peaks worklet, and its batches back. */
export interface PeakTap {
  readonly sampleRate: number;
  /** Calls `listener` with every batch, in order. Returns a function that unsubscribes. */
  onBatch(listener: (batch: PeakBatch) => void): () => void;
  /** Asks the worklet to post what it has now, so counting can start or stop exactly there. */
  cut(): PeakCut;
  /** Disconnects the nodes and closes the audio context; safe to call twice. */
  close(): void;
}

export interface PeakTapDeps {
  readonly createAudioContext: () => AudioContext;
  readonly AudioWorkletNode: typeof AudioWorkletNode;
  /** Same-origin URL of the built peaks.worklet.ts. */
  readonly workletUrl: string;
}

/** Builds the graph for `stream`: source → peaks worklet, nothing to the speakers. */
export async function openPeakTap(stream: MediaStream, deps: PeakTapDeps): Promise<PeakTap> {
  const context = deps.createAudioContext();
  try {
    await context.audioWorklet.addModule(deps.workletUrl);
    // Measured in Chromium: while the page captures the microphone, resume() needs no user gesture.
    if (context.state === 'suspended') await context.resume();
    const source = context.createMediaStreamSource(stream);
    // No outputs: Chromium runs a worklet node fed by an input although nothing pulls it towards the
    // destination (measured), and a node without outputs cannot leak the voice to the speakers.
    const node = new deps.AudioWorkletNode(context, PEAKS_PROCESSOR, {
      numberOfInputs: 1,
      numberOfOutputs: 0,
      channelCount: 1,
      channelCountMode: 'explicit',
      channelInterpretation: 'speakers',
    });
    source.connect(node);
    return new WorkletPeakTap(context, source, node);
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

  constructor(
    private readonly context: AudioContext,
    private readonly source: MediaStreamAudioSourceNode,
    private readonly node: AudioWorkletNode,
  ) {
    node.port.onmessage = (event: MessageEvent<PeakBatch>) => {
      this.deliver(event.data);
    };
  }

  get sampleRate(): number {
    return this.context.sampleRate;
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
    this.source.disconnect();
    this.node.disconnect();
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
