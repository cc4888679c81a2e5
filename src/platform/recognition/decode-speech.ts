/** Whisper's input rate: 16 000 samples a second. */
export const speechSampleRate = 16_000;

/**
 * A recording decoded to mono samples at 16 kHz. The browser's decoder resamples to the rate of the
 * context it decodes in, so the recording is read once, straight at the rate recognisers want.
 */
export async function decodeSpeech(audio: Blob): Promise<Float32Array<ArrayBuffer>> {
  const context = new OfflineAudioContext(1, 1, speechSampleRate);
  const buffer = await context.decodeAudioData(await audio.arrayBuffer());
  const mono = new Float32Array(buffer.length);
  for (let channel = 0; channel < buffer.numberOfChannels; channel++) {
    const samples = buffer.getChannelData(channel);
    for (let index = 0; index < mono.length; index++) {
      mono[index] = (mono[index] ?? 0) + (samples[index] ?? 0) / buffer.numberOfChannels;
    }
  }
  return mono;
}

/** Live samples at `sampleRate` resampled to 16 kHz by the browser's own resampler, as decoding does. */
export async function resampleForSpeech(
  samples: Float32Array,
  sampleRate: number,
): Promise<Float32Array<ArrayBuffer>> {
  if (samples.length === 0) return new Float32Array(0);
  const length = Math.max(1, Math.round((samples.length * speechSampleRate) / sampleRate));
  const context = new OfflineAudioContext(1, length, speechSampleRate);
  const buffer = context.createBuffer(1, samples.length, sampleRate);
  buffer.copyToChannel(Float32Array.from(samples), 0);
  const source = context.createBufferSource();
  source.buffer = buffer;
  source.connect(context.destination);
  source.start();
  const rendered = await context.startRendering();
  return Float32Array.from(rendered.getChannelData(0));
}
