// Runs on the audio rendering thread, so peaks and sample counts keep coming while the tab is hidden
// and main-thread timers are throttled. Loaded by peak-tap.ts with audioWorklet.addModule.
import { PEAKS_PROCESSOR } from './peak-batch.ts';
import type { PeakCutRequest } from './peak-batch.ts';
import { PeakBatcher } from './peak-batcher.ts';

// The AudioWorkletGlobalScope is missing from lib.dom; these are the parts used here.
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(name: string, processor: new () => AudioWorkletProcessor): void;
declare const sampleRate: number;

class PeaksProcessor extends AudioWorkletProcessor {
  private readonly batcher = new PeakBatcher(sampleRate, (batch) => {
    this.port.postMessage(batch, [batch.peaks.buffer]);
  });

  constructor() {
    super();
    this.port.onmessage = (event: MessageEvent<PeakCutRequest>) => {
      this.batcher.cut(event.data.mark);
    };
  }

  /** Reads the first (mono, down-mixed by the node's options) channel; returns true to stay alive. */
  process(inputs: Float32Array[][]): boolean {
    // No channel at all while the input is disconnected: nothing was heard, so nothing is counted.
    const channel = inputs[0]?.[0];
    if (channel) this.batcher.add(channel);
    return true;
  }
}

registerProcessor(PEAKS_PROCESSOR, PeaksProcessor);
