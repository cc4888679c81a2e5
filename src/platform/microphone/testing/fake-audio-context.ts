// An AudioContext and peaks worklet node for unit tests. The fake worklet plays an input of a chosen
// loudness: it posts a batch every 100 ms, covering exactly the time since its last batch, and answers a
// cut with a batch up to that moment, like peaks.worklet.ts. Time passes with vi.useFakeTimers().
import type { PeakBatch, PeakCutRequest } from '../peak-batch.ts';
import { FakeMediaStream, FakeMediaStreamTrack } from './fake-media-stream.ts';

const BATCH_MS = 100;
const BLOCK_MS = 20;

export class FakeAudioNode {
  readonly connections: FakeAudioNode[] = [];
  disconnected = false;

  connect(node: FakeAudioNode): FakeAudioNode {
    this.connections.push(node);
    return node;
  }

  disconnect(): void {
    this.disconnected = true;
  }
}

/** Where the recorder listens: a stream that lives as long as the graph, whatever the device does. */
export class FakeMediaStreamDestination extends FakeAudioNode {
  channelCount = 2;
  channelCountMode: ChannelCountMode = 'max';
  channelInterpretation: ChannelInterpretation = 'speakers';
  readonly stream = new FakeMediaStream([new FakeMediaStreamTrack('MediaStreamAudioDestinationNode')]);
}

export class FakeAudioContext {
  state: AudioContextState = 'suspended';
  /** The URLs given to addModule. */
  readonly modules: string[] = [];
  /** Makes addModule fail, as a blocked or missing worklet file does. */
  failAddModule: Error | undefined;
  readonly sources: FakeAudioNode[] = [];
  /** The stream each source was created for, by index. */
  readonly sourceStreams: unknown[] = [];
  destination: FakeMediaStreamDestination | undefined;
  worklet: FakeAudioWorkletNode | undefined;
  readonly audioWorklet = {
    addModule: (url: string): Promise<void> => {
      this.modules.push(url);
      return this.failAddModule ? Promise.reject(this.failAddModule) : Promise.resolve();
    },
  };

  constructor(readonly sampleRate = 48_000) {}

  resume(): Promise<void> {
    this.state = 'running';
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.state = 'closed';
    this.worklet?.halt();
    return Promise.resolve();
  }

  createMediaStreamSource(stream: unknown): FakeAudioNode {
    const source = new FakeAudioNode();
    this.sources.push(source);
    this.sourceStreams.push(stream);
    return source;
  }

  createMediaStreamDestination(): FakeMediaStreamDestination {
    this.destination = new FakeMediaStreamDestination();
    return this.destination;
  }
}

export class FakeAudioWorkletNode extends FakeAudioNode {
  /** The input's amplitude, 0–1: every sample of the fake signal is ± this. */
  amplitude = 0.5;
  /** How long the worklet takes to answer a cut. */
  cutDelayMs = 0;
  readonly cuts: PeakCutRequest[] = [];
  readonly port = {
    onmessage: null as ((event: MessageEvent<PeakBatch>) => void) | null,
    postMessage: (request: PeakCutRequest): void => {
      this.cuts.push(request);
      setTimeout(() => {
        this.post(request.mark);
      }, this.cutDelayMs);
    },
  };
  private lastBatchAt = Date.now();
  private readonly timer = setInterval(() => {
    this.post();
  }, BATCH_MS);

  constructor(
    private readonly context: FakeAudioContext,
    readonly name: string,
    readonly options: AudioWorkletNodeOptions,
  ) {
    super();
    context.worklet = this;
  }

  override disconnect(): void {
    super.disconnect();
    this.halt();
  }

  /** Stops posting, as a closed context's worklet does. */
  halt(): void {
    clearInterval(this.timer);
  }

  private post(mark?: number): void {
    const now = Date.now();
    const ms = now - this.lastBatchAt;
    this.lastBatchAt = now;
    const frames = Math.round((ms * this.context.sampleRate) / 1000);
    const value = Math.round(this.amplitude * 127);
    const peaks = new Int8Array(2 * Math.ceil(ms / BLOCK_MS)).map((_, i) => (i % 2 === 0 ? -value : value));
    const figures = { peaks, frames, sumSquares: frames * this.amplitude ** 2, peak: this.amplitude };
    const batch: PeakBatch = mark === undefined ? figures : { ...figures, mark };
    this.port.onmessage?.(new MessageEvent('message', { data: batch }));
  }
}
