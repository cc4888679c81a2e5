import { SPEECH_TAP_PROCESSOR } from './speech-tap-name.ts';
import speechTapUrl from './speech-tap.worklet.ts?worker&url';

/** A live track's samples as they come: mono, at the tap's rate, in batches of about 100 ms. */
export interface SpeechTap {
  readonly sampleRate: number;
  /** Stops the track and frees the audio graph; no batch comes after. Safe to call twice. */
  close(): void;
}

/**
 * Taps `track` (which is the tap's from then on: closing stops it) through an audio worklet, calling
 * `onSamples` with each batch in order. The audio goes nowhere else: nothing reaches the speakers.
 */
export async function openSpeechTap(
  track: MediaStreamTrack,
  onSamples: (samples: Float32Array) => void,
): Promise<SpeechTap> {
  const context = new AudioContext();
  try {
    await context.audioWorklet.addModule(speechTapUrl);
    // Measured in Chromium: while the page captures the microphone, resume() needs no user gesture.
    if (context.state === 'suspended') await context.resume();
    const node = new AudioWorkletNode(context, SPEECH_TAP_PROCESSOR, {
      numberOfInputs: 1,
      numberOfOutputs: 0,
      channelCount: 1,
      channelCountMode: 'explicit',
      channelInterpretation: 'speakers',
    });
    node.port.onmessage = (event: MessageEvent<Float32Array>) => {
      onSamples(event.data);
    };
    const source = context.createMediaStreamSource(new MediaStream([track]));
    source.connect(node);
    let closed = false;
    return {
      sampleRate: context.sampleRate,
      close() {
        if (closed) return;
        closed = true;
        node.port.onmessage = null;
        source.disconnect();
        track.stop();
        void context.close();
      },
    };
  } catch (error) {
    track.stop();
    void context.close();
    throw error;
  }
}
