// Makes a long answer in the form the app stores it, far faster than real time: speech PCM looped to the
// length asked, encoded to Opus in WebM at the recorder's bitrate by WebCodecs (through mediabunny), cut
// into about one-second chunks at cluster boundaries as MediaRecorder's timeslice cuts them, with the
// app's own peaks.
import { AudioSample, AudioSampleSource, BufferTarget, Output, Quality, WebMOutputFormat } from 'mediabunny';
import { AUDIO_BITS_PER_SECOND } from '../../src/platform/microphone/browser-recording.ts';
import { PeakAccumulator } from '../../src/platform/microphone/peak-accumulator.ts';
import { fetchedBlob } from '../../scripts/transcribe/page/transcribe-in-turn.ts';
import type { LongAnswerFigures } from './api.ts';
import { joinedSpeech } from './record-opus.ts';

const SAMPLE_RATE = 48_000;
/** Peaks are 50 min/max pairs a second, as the recorder's worklet computes them. */
const PEAK_BLOCKS_PER_SECOND = 50;

/** A long answer as the app would have stored it: the WebM file, where its chunks end, and their figures. */
export interface LongAnswer extends Omit<LongAnswerFigures, 'peaks'> {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly peaks: Int8Array<ArrayBuffer>;
}

/** Encodes `seconds` of the speech at `speechUrl`, repeated, as Opus in WebM cut into about one-second chunks. */
export async function makeLongAnswer(speechUrl: string, seconds: number): Promise<LongAnswer> {
  // A second's pause after each repetition of the sentence, as a speaker takes breath.
  const voice = await joinedSpeech([await fetchedBlob(speechUrl)], SAMPLE_RATE);
  const clusterStarts: { position: number; seconds: number }[] = [];
  const target = new BufferTarget();
  const output = new Output({
    // appendOnly writes what MediaRecorder writes: no duration and no cues, clusters one after another.
    format: new WebMOutputFormat({
      appendOnly: true,
      onCluster: (_data, position, timestamp) => {
        clusterStarts.push({ position, seconds: timestamp });
      },
    }),
    target,
  });
  const source = new AudioSampleSource({
    codec: 'opus',
    quality: new Quality({ bitrate: AUDIO_BITS_PER_SECOND }),
  });
  output.addAudioTrack(source);
  await output.start();

  const peaks = new Int8Array(2 * seconds * PEAK_BLOCKS_PER_SECOND);
  let blocks = 0;
  let sumSquares = 0;
  let peak = 0;
  const accumulator = new PeakAccumulator(SAMPLE_RATE, PEAK_BLOCKS_PER_SECOND);
  const second = new Float32Array(SAMPLE_RATE);
  let voiceAt = 0;
  for (let at = 0; at < seconds; at += 1) {
    for (let frame = 0; frame < second.length; frame += 1) {
      second[frame] = voice[voiceAt] ?? 0;
      voiceAt = (voiceAt + 1) % voice.length;
    }
    accumulator.add(second, (block) => {
      peaks[2 * blocks] = block.min;
      peaks[2 * blocks + 1] = block.max;
      blocks += 1;
      sumSquares += block.sumSquares;
      peak = Math.max(peak, block.peak);
    });
    // AudioSample copies the data, so one buffer serves every second.
    const sample = new AudioSample({
      data: second,
      format: 'f32',
      numberOfChannels: 1,
      sampleRate: SAMPLE_RATE,
      timestamp: at,
    });
    await source.add(sample);
    sample.close();
  }
  source.close();
  await output.finalize();
  const buffer = target.buffer;
  if (buffer === null) throw new Error('mediabunny wrote no file.');
  const bytes = new Uint8Array(buffer);

  // The first chunk carries the file's header with the first cluster, as MediaRecorder's first chunk does.
  const chunkEnds = [...clusterStarts.slice(1).map((cluster) => cluster.position), bytes.length];
  const chunkDurationsMs = [
    ...clusterStarts.slice(1).map((cluster) => Math.round(cluster.seconds * 1000)),
    seconds * 1000,
  ];
  return {
    mimeType: 'audio/webm;codecs=opus',
    audioBitsPerSecond: AUDIO_BITS_PER_SECOND,
    bytes,
    chunkEnds,
    chunkDurationsMs,
    peaks,
    durationMs: seconds * 1000,
    levels: { peak, rms: Math.sqrt(sumSquares / (seconds * SAMPLE_RATE)) },
  };
}
