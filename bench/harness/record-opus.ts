// Records audio the way the app records an answer: a mono MediaStream from an audio context, through
// MediaRecorder with the app's type and bitrate, in one-second chunks, joined as the app stores them.
// MediaRecorder runs in real time only: a clip takes its own length to record.
import { AUDIO_BITS_PER_SECOND, TIMESLICE_MS } from '../../src/platform/microphone/browser-recording.ts';
import { chooseRecordingMimeType } from '../../src/platform/microphone/mime-type.ts';

/** After the sound ends, so the encoder hands over its last frames before the recorder stops. */
const TAIL_MS = 300;
/** Decodes recordings and joins them, `pauseSeconds` after each, into one mono buffer at `sampleRate`. */
export async function joinedSpeech(
  recordings: readonly Blob[],
  sampleRate: number,
  pauseSeconds = 1,
): Promise<Float32Array> {
  const context = new OfflineAudioContext({ numberOfChannels: 1, length: 1, sampleRate });
  const decoded = [];
  for (const recording of recordings) {
    // decodeAudioData resamples to the context's rate: the clips are 16 kHz or 22 050 Hz.
    decoded.push((await context.decodeAudioData(await recording.arrayBuffer())).getChannelData(0));
  }
  const pause = Math.round(pauseSeconds * sampleRate);
  const joined = new Float32Array(decoded.reduce((sum, samples) => sum + samples.length + pause, 0));
  let at = 0;
  for (const samples of decoded) {
    joined.set(samples, at);
    at += samples.length + pause;
  }
  return joined;
}

/**
 * Plays `samples` into MediaRecorder as the app records a microphone; resolves with the WebM/Opus file.
 * `alsoTo` is given a copy of the recorded sound's track as recording starts, as the app gives one to a
 * recogniser that listens while an answer is recorded.
 */
export async function recordAsTheAppDoes(
  samples: (sampleRate: number) => Promise<Float32Array>,
  alsoTo?: (track: MediaStreamTrack) => void,
): Promise<Blob> {
  const context = new AudioContext();
  try {
    const sound = await samples(context.sampleRate);
    const buffer = new AudioBuffer({
      numberOfChannels: 1,
      length: sound.length,
      sampleRate: context.sampleRate,
    });
    buffer.copyToChannel(sound as Float32Array<ArrayBuffer>, 0);
    const output = context.createMediaStreamDestination();
    output.channelCount = 1;
    output.channelCountMode = 'explicit';
    const source = new AudioBufferSourceNode(context, { buffer });
    source.connect(output);
    const mimeType = chooseRecordingMimeType((type) => MediaRecorder.isTypeSupported(type));
    const recorder = new MediaRecorder(
      output.stream,
      mimeType === ''
        ? { audioBitsPerSecond: AUDIO_BITS_PER_SECOND }
        : { mimeType, audioBitsPerSecond: AUDIO_BITS_PER_SECOND },
    );
    const chunks: Blob[] = [];
    recorder.addEventListener('dataavailable', (event) => chunks.push(event.data));
    const stopped = new Promise((resolve) => {
      recorder.addEventListener('stop', resolve, { once: true });
    });
    const ended = new Promise((resolve) => {
      source.addEventListener('ended', resolve, { once: true });
    });
    await context.resume();
    const [track] = output.stream.getAudioTracks();
    if (alsoTo !== undefined && track !== undefined) alsoTo(track.clone());
    recorder.start(TIMESLICE_MS);
    source.start();
    await ended;
    await new Promise((resolve) => setTimeout(resolve, TAIL_MS));
    recorder.stop();
    await stopped;
    return new Blob(chunks, { type: recorder.mimeType || mimeType });
  } finally {
    await context.close();
  }
}
