import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserMicrophone } from './browser-microphone.ts';
import type { BrowserMicrophoneDeps } from './browser-microphone.ts';
import { MicrophoneError } from './microphone.ts';
import type { OpenMicrophone, RecordedChunk, Recording, RecordingSink } from './microphone.ts';
import { FakeAudioContext, FakeAudioWorkletNode } from './testing/fake-audio-context.ts';
import { FakeMediaRecorder } from './testing/fake-media-recorder.ts';
import { FakeMediaStream, FakeMediaStreamTrack } from './testing/fake-media-stream.ts';

// Chromium's order and timing come from the fakes: data every 1000 ms, final data and `stop` in later
// tasks, a worklet batch every 100 ms. All time is fake, so durations are exact.

const WORKLET_URL = '/assets/peaks.worklet-test.js';

function browser(overrides: Partial<BrowserMicrophoneDeps> = {}) {
  const track = new FakeMediaStreamTrack();
  // The first call gives `track`'s stream; each later one (a reopen) a new device's.
  const streams = [new FakeMediaStream([track])];
  const contexts: FakeAudioContext[] = [];
  let calls = 0;
  const getUserMedia = vi.fn<MediaDevices['getUserMedia']>(() => {
    calls += 1;
    if (calls > streams.length) streams.push(new FakeMediaStream([new FakeMediaStreamTrack('New Input')]));
    return Promise.resolve(streams[calls - 1] as unknown as MediaStream);
  });
  const deps: BrowserMicrophoneDeps = {
    mediaDevices: { getUserMedia } as unknown as MediaDevices,
    MediaRecorder: FakeMediaRecorder as unknown as typeof MediaRecorder,
    AudioWorkletNode: FakeAudioWorkletNode as unknown as typeof AudioWorkletNode,
    createAudioContext: () => {
      const context = new FakeAudioContext();
      contexts.push(context);
      return context as unknown as AudioContext;
    },
    workletUrl: WORKLET_URL,
    ...overrides,
  };
  const context = () => {
    const last = contexts.at(-1);
    if (last === undefined) throw new Error('No audio context was created.');
    return last;
  };
  const worklet = () => {
    const node = context().worklet;
    if (node === undefined) throw new Error('No worklet node was created.');
    return node;
  };
  return { microphone: createBrowserMicrophone(deps), track, streams, getUserMedia, context, worklet };
}

/** A sink that takes `delayMs` per write and records whether writes ever overlapped. */
class SlowSink implements RecordingSink {
  readonly chunks: RecordedChunk[] = [];
  writes = 0;
  overlapped = false;
  failure: { readonly seq: number; readonly error: Error } | undefined;
  private writing = false;

  constructor(private readonly delayMs = 0) {}

  async write(chunk: RecordedChunk): Promise<void> {
    if (this.writing) this.overlapped = true;
    this.writing = true;
    this.writes += 1;
    try {
      await new Promise((resolve) => setTimeout(resolve, this.delayMs));
      if (chunk.seq === this.failure?.seq) throw this.failure.error;
      this.chunks.push(chunk);
    } finally {
      this.writing = false;
    }
  }
}

async function open(b: ReturnType<typeof browser>): Promise<OpenMicrophone> {
  const opening = b.microphone.open();
  await vi.advanceTimersByTimeAsync(0);
  return opening;
}

/** The MicrophoneError that `opening` rejects with. */
async function failure(opening: Promise<unknown>): Promise<MicrophoneError> {
  const error = await opening.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof MicrophoneError))
    throw new Error(`Expected a MicrophoneError, got ${String(error)}`);
  return error;
}

/** Stops and lets the recorder's final events and the writes happen. */
async function stop(recording: Recording, writesTakeMs = 0) {
  const stopped = recording.stop();
  await vi.advanceTimersByTimeAsync(10 + writesTakeMs);
  return stopped;
}

function concatenated(chunks: readonly RecordedChunk[]): number[] {
  return chunks.flatMap((chunk) => Array.from(chunk.peaks));
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  FakeMediaRecorder.created.length = 0;
  FakeMediaRecorder.chunkSizes = [];
  FakeMediaRecorder.timesliceQueuedAtStop = false;
  vi.useRealTimers();
});

describe('opening the browser microphone', () => {
  it('asks for one stream with echo cancellation and feeds it to the peaks worklet and a mono output', async () => {
    const b = browser();
    const mic = await open(b);
    expect(b.getUserMedia).toHaveBeenCalledExactlyOnceWith({
      audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true },
    });
    expect(mic.label).toBe('Fake Default Audio Input');
    const context = b.context();
    expect(context.modules).toEqual([WORKLET_URL]);
    expect(context.state).toBe('running');
    expect(context.sources[0]?.connections).toEqual([b.worklet(), context.destination]);
    expect(context.destination).toMatchObject({ channelCount: 1, channelCountMode: 'explicit' });
    expect(b.worklet().name).toBe('viva-peaks');
    expect(b.worklet().options).toMatchObject({ numberOfOutputs: 0, channelCount: 1 });
  });

  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'no-device'],
    ['OverconstrainedError', 'no-device'],
    ['NotReadableError', 'unavailable'],
    ['AbortError', 'unavailable'],
    ['TypeError', 'unavailable'],
  ])('reports %s from getUserMedia as %s', async (name, problem) => {
    const b = browser({
      mediaDevices: {
        getUserMedia: () => Promise.reject(new DOMException('refused', name)),
      } as unknown as MediaDevices,
    });
    const error = await failure(b.microphone.open());
    expect(error.problem).toBe(problem);
    expect(error.message).toMatch(/try again\.$/);
  });

  it('reports a browser without mediaDevices (an insecure page) or MediaRecorder as unsupported', async () => {
    for (const missing of [{ mediaDevices: undefined }, { MediaRecorder: undefined }]) {
      const error = await failure(browser(missing).microphone.open());
      expect(error.problem).toBe('unsupported');
      expect(error.message).toContain('https://');
    }
  });

  it('stops the tracks when the audio graph cannot be built', async () => {
    const b = browser({
      createAudioContext: () => {
        const context = new FakeAudioContext();
        context.failAddModule = new DOMException('blocked', 'AbortError');
        return context as unknown as AudioContext;
      },
    });
    await expect(b.microphone.open()).rejects.toMatchObject({ problem: 'unavailable' });
    expect(b.track.readyState).toBe('ended');
  });
});

describe('the open microphone', () => {
  it('reports levels from the worklet, several times a second', async () => {
    const b = browser();
    const mic = await open(b);
    const levels: number[] = [];
    const unsubscribe = mic.onLevel((level) => levels.push(level));
    await vi.advanceTimersByTimeAsync(500);
    b.worklet().amplitude = 0;
    await vi.advanceTimersByTimeAsync(100);
    unsubscribe();
    await vi.advanceTimersByTimeAsync(500);
    // −6 dB on a meter from −60 dB to 0 dB.
    expect(levels.slice(0, 5).map((level) => level.toFixed(2))).toEqual(Array(5).fill('0.90'));
    expect(levels.slice(5)).toEqual([0]);
  });

  it('tells once when the device goes away', async () => {
    const b = browser();
    const mic = await open(b);
    const ended = vi.fn();
    mic.onEnded(ended);
    b.track.unplug();
    b.track.unplug();
    expect(ended).toHaveBeenCalledOnce();
  });

  it('reopens: asks again, feeds the new device to the graph, and tells when that one goes away too', async () => {
    const b = browser();
    const mic = await open(b);
    const ended = vi.fn();
    mic.onEnded(ended);
    b.track.unplug();
    await mic.reopen();
    expect(b.getUserMedia).toHaveBeenCalledTimes(2);
    expect(mic.label).toBe('New Input');
    const context = b.context();
    expect(context.sources).toHaveLength(2);
    expect(context.sources[0]?.disconnected).toBe(true);
    expect(context.sourceStreams[1]).toBe(b.streams[1]);
    expect(context.sources[1]?.connections).toEqual([b.worklet(), context.destination]);
    b.streams[1]?.tracks[0]?.unplug();
    expect(ended).toHaveBeenCalledTimes(2);
    mic.close();
    expect(b.streams[1]?.tracks[0]?.readyState).toBe('ended');
  });

  it('rejects a failed reopen with what happened and keeps waiting for the device', async () => {
    const b = browser();
    const mic = await open(b);
    b.track.unplug();
    b.getUserMedia.mockImplementationOnce(() => Promise.reject(new DOMException('none', 'NotFoundError')));
    await expect(mic.reopen()).rejects.toMatchObject({ problem: 'no-device' });
    await mic.reopen();
    expect(b.context().sources).toHaveLength(2);
  });

  it('copies the audio the recorder hears for a live recogniser, a track of its own to stop', async () => {
    const b = browser();
    const mic = await open(b);
    const output = b.context().destination?.stream.tracks[0];
    const copy = mic.copyTrack() as unknown as FakeMediaStreamTrack;
    expect(copy).not.toBe(output);
    copy.stop();
    expect([copy.readyState, output?.readyState]).toEqual(['ended', 'live']);
    mic.close();
    expect(() => mic.copyTrack()).toThrow('The microphone is closed');
  });

  it('closes once: stops the tracks, disconnects the nodes and closes the context', async () => {
    const b = browser();
    const mic = await open(b);
    const ended = vi.fn();
    mic.onEnded(ended);
    mic.close();
    mic.close();
    expect(b.track.readyState).toBe('ended');
    expect(b.context().destination?.stream.tracks[0]?.readyState).toBe('ended');
    expect(b.context().sources[0]?.disconnected).toBe(true);
    expect(b.worklet().disconnected).toBe(true);
    expect(b.context().state).toBe('closed');
    expect(ended).not.toHaveBeenCalled();
    expect(() => mic.record(new SlowSink(), vi.fn())).toThrow(/closed/);
  });
});

describe('recording an answer', () => {
  it('records Opus in WebM at 28 kbit/s with a 1000 ms timeslice', async () => {
    const mic = await open(browser());
    const recording = mic.record(new SlowSink(), vi.fn());
    const [recorder] = FakeMediaRecorder.created;
    expect(recorder?.options).toEqual({ mimeType: 'audio/webm;codecs=opus', audioBitsPerSecond: 28_000 });
    expect(recorder?.timeslice).toBe(1000);
    expect(recording.mimeType).toBe('audio/webm;codecs=opus');
    await stop(recording);
  });

  it('writes every chunk in order, one write at a time, even when the sink is slower than the chunks', async () => {
    const mic = await open(browser());
    const sink = new SlowSink(2500);
    const recording = mic.record(sink, vi.fn());
    await vi.advanceTimersByTimeAsync(4500);
    const result = await stop(recording, 15_000);
    expect(sink.overlapped).toBe(false);
    expect(sink.chunks.map((chunk) => chunk.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(sink.chunks.map((chunk) => Array.from(chunk.bytes))).toEqual(
      [0, 1, 2, 3, 4].map((n) => [n, n, n]),
    );
    expect(sink.chunks.map((chunk) => chunk.durationMs)).toEqual([1000, 2000, 3000, 4000, 4500]);
    expect(result).toMatchObject({ mimeType: 'audio/webm;codecs=opus', durationMs: 4500, chunks: 5 });
  });

  it('measures the duration from the samples, leaving out a pause', async () => {
    const mic = await open(browser());
    const sink = new SlowSink();
    const recording = mic.record(sink, vi.fn());
    await vi.advanceTimersByTimeAsync(2500);
    recording.pause();
    await vi.advanceTimersByTimeAsync(10_000);
    recording.resume();
    await vi.advanceTimersByTimeAsync(1000);
    const result = await stop(recording);
    expect(result.durationMs).toBe(3500);
    // 50 pairs a second.
    expect(result.peaks).toHaveLength(2 * 175);
    expect(result.levels.peak).toBe(0.5);
    expect(result.levels.rms).toBeCloseTo(0.5);
  });

  it("gives each chunk the peaks since the previous one, so the chunks' peaks make up the result's", async () => {
    const b = browser();
    const mic = await open(b);
    const sink = new SlowSink(300);
    const recording = mic.record(sink, vi.fn());
    await vi.advanceTimersByTimeAsync(1250);
    b.worklet().amplitude = 1;
    await vi.advanceTimersByTimeAsync(1000);
    recording.pause();
    await vi.advanceTimersByTimeAsync(700);
    recording.resume();
    await vi.advanceTimersByTimeAsync(1330);
    const result = await stop(recording, 5000);
    expect(sink.chunks.length).toBe(result.chunks);
    expect(sink.chunks.every((chunk) => chunk.peaks.length > 0)).toBe(true);
    expect(concatenated(sink.chunks)).toEqual(Array.from(result.peaks));
    expect(sink.chunks.at(-1)?.durationMs).toBe(result.durationMs);
    expect(result.durationMs).toBe(3580);
    expect(result.levels.peak).toBe(1);
  });

  it('waits for the worklet before writing the final chunk, so late peaks are not lost', async () => {
    const b = browser();
    const mic = await open(b);
    const sink = new SlowSink();
    const recording = mic.record(sink, vi.fn());
    await vi.advanceTimersByTimeAsync(1500);
    b.worklet().cutDelayMs = 60;
    const result = await stop(recording, 90);
    // The final batch covers the 60 ms the worklet took to answer as well: 3 pairs after 25 since 1000 ms.
    expect(result.durationMs).toBe(1560);
    expect(sink.chunks.at(-1)?.peaks).toHaveLength(2 * 28);
    expect(result.peaks).toHaveLength(2 * 78);
    expect(concatenated(sink.chunks)).toEqual(Array.from(result.peaks));
  });

  it('keeps a timeslice that arrives after stop() together with the final data', async () => {
    FakeMediaRecorder.timesliceQueuedAtStop = true;
    FakeMediaRecorder.chunkSizes = [3, 3, 5, 7];
    const mic = await open(browser());
    const sink = new SlowSink();
    const recording = mic.record(sink, vi.fn());
    await vi.advanceTimersByTimeAsync(2500);
    const result = await stop(recording);
    expect(sink.chunks.map((chunk) => Array.from(chunk.bytes))).toEqual([
      [0, 0, 0],
      [1, 1, 1],
      [2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3],
    ]);
    expect(result.chunks).toBe(3);
  });

  it('skips empty data, but keeps trailing peaks in a chunk of their own', async () => {
    FakeMediaRecorder.chunkSizes = [3, 0, 3, 0];
    const mic = await open(browser());
    const sink = new SlowSink();
    const recording = mic.record(sink, vi.fn());
    await vi.advanceTimersByTimeAsync(3200);
    const result = await stop(recording);
    expect(sink.chunks.map((chunk) => [chunk.seq, chunk.bytes.length])).toEqual([
      [0, 3],
      [1, 3],
      [2, 0],
    ]);
    expect(concatenated(sink.chunks)).toEqual(Array.from(result.peaks));
    expect(result.durationMs).toBe(3200);
  });

  it('on a failed write: tells onWriteError once, stops the recorder, writes nothing more, and stop rejects', async () => {
    const mic = await open(browser());
    const sink = new SlowSink(100);
    const full = new DOMException('The disk is full.', 'QuotaExceededError');
    sink.failure = { seq: 1, error: full };
    const onWriteError = vi.fn();
    const recording = mic.record(sink, onWriteError);
    await vi.advanceTimersByTimeAsync(2200);
    expect(onWriteError).toHaveBeenCalledExactlyOnceWith(full);
    expect(FakeMediaRecorder.created[0]?.state).toBe('inactive');
    await vi.advanceTimersByTimeAsync(5000);
    const stopping = recording.stop();
    await expect(stopping).rejects.toBe(full);
    expect(sink.writes).toBe(2);
    expect(onWriteError).toHaveBeenCalledOnce();
  });

  it('records the graph output, not the device, so the recording outlives the device', async () => {
    const b = browser();
    const mic = await open(b);
    const recording = mic.record(new SlowSink(), vi.fn());
    expect(FakeMediaRecorder.created[0]?.stream).toBe(b.context().destination?.stream);
    b.track.unplug();
    await vi.advanceTimersByTimeAsync(10);
    expect(FakeMediaRecorder.created[0]?.state).toBe('recording');
    await stop(recording);
  });

  it('carries a paused answer over to the reopened device, as one file without the gap', async () => {
    const b = browser();
    const mic = await open(b);
    const sink = new SlowSink();
    const recording = mic.record(sink, vi.fn());
    await vi.advanceTimersByTimeAsync(1700);
    b.track.unplug();
    recording.pause();
    await vi.advanceTimersByTimeAsync(5000);
    const reopening = mic.reopen();
    await vi.advanceTimersByTimeAsync(0);
    await reopening;
    recording.resume();
    await vi.advanceTimersByTimeAsync(1300);
    const result = await stop(recording);
    expect(FakeMediaRecorder.created).toHaveLength(1);
    expect(result.durationMs).toBe(3000);
    expect(result.peaks).toHaveLength(2 * 150);
    expect(concatenated(sink.chunks)).toEqual(Array.from(result.peaks));
    expect(sink.chunks.map((chunk) => chunk.seq)).toEqual(sink.chunks.map((_, seq) => seq));
  });

  it('finishes when the microphone is closed mid-answer', async () => {
    const mic = await open(browser());
    const sink = new SlowSink();
    const recording = mic.record(sink, vi.fn());
    await vi.advanceTimersByTimeAsync(1200);
    mic.close();
    await vi.advanceTimersByTimeAsync(10);
    const result = await recording.stop();
    expect(result.chunks).toBe(2);
    expect(concatenated(sink.chunks)).toEqual(Array.from(result.peaks));
  });

  it('records answer after answer on the one stream, each measured on its own', async () => {
    const b = browser();
    const mic = await open(b);
    const first = mic.record(new SlowSink(), vi.fn());
    await vi.advanceTimersByTimeAsync(1000);
    const firstStopped = first.stop();
    await vi.advanceTimersByTimeAsync(500);
    const second = mic.record(new SlowSink(), vi.fn());
    await vi.advanceTimersByTimeAsync(2000);
    const secondStopped = second.stop();
    await vi.advanceTimersByTimeAsync(10);
    expect((await firstStopped).durationMs).toBe(1000);
    expect((await secondStopped).durationMs).toBe(2000);
    expect(b.getUserMedia).toHaveBeenCalledOnce();
    expect(FakeMediaRecorder.created).toHaveLength(2);
  });
});
