// Runs on the audio rendering thread and hands the live answer's samples to the page about ten times a
// second, for a recogniser that transcribes them as the answer goes on. Loaded by speech-tap.ts.
import { SampleBatcher } from './sample-batcher.ts';
import { SPEECH_TAP_PROCESSOR } from './speech-tap-name.ts';

// The AudioWorkletGlobalScope is missing from lib.dom; these are the parts used here.
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(name: string, processor: new () => AudioWorkletProcessor): void;
declare const sampleRate: number;

class SpeechTapProcessor extends AudioWorkletProcessor {
  // A tenth of a second: few messages, and the page never waits long for the last samples. Handed over,
  // not copied.
  private readonly batcher = new SampleBatcher(Math.round(sampleRate / 10), (batch) => {
    this.port.postMessage(batch, [batch.buffer]);
  });

  /** Copies the first (mono, down-mixed by the node's options) channel; returns true to stay alive. */
  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    if (channel !== undefined) this.batcher.add(channel);
    return true;
  }
}

registerProcessor(SPEECH_TAP_PROCESSOR, SpeechTapProcessor);
