import { describe, expect, it, vi } from 'vitest';
import { FakeMicrophone } from './fake-microphone.ts';
import type { FakeOpenMicrophone } from './fake-microphone.ts';
import { MicrophoneError } from './microphone.ts';
import type { RecordedChunk, RecordingSink } from './microphone.ts';

function memorySink(): RecordingSink & { readonly chunks: RecordedChunk[] } {
  const chunks: RecordedChunk[] = [];
  return {
    chunks,
    write: (chunk) => {
      chunks.push(chunk);
      return Promise.resolve();
    },
  };
}

function opened(microphone: FakeMicrophone): FakeOpenMicrophone {
  if (microphone.opened === undefined) throw new Error('The microphone was not opened.');
  return microphone.opened;
}

describe('FakeMicrophone', () => {
  it('opens asynchronously and keeps the open microphone for the test', async () => {
    const microphone = new FakeMicrophone();
    const opening = microphone.open();
    expect(microphone.opened).toBeUndefined();
    const open = await opening;
    expect(microphone.opened).toBe(open);
    expect(open.label).toBe('Fake microphone');
  });

  it('fails with the chosen problem until told otherwise', async () => {
    const microphone = new FakeMicrophone({ failWith: 'denied' });
    await expect(microphone.open()).rejects.toBeInstanceOf(MicrophoneError);
    await expect(microphone.open()).rejects.toMatchObject({ problem: 'denied' });
    microphone.failWith = undefined;
    const open = await microphone.open();
    expect(microphone.opened).toBe(open);
    expect(microphone.opens).toBe(3);
  });

  it('delivers levels, and the end of the device once', async () => {
    const microphone = new FakeMicrophone();
    await microphone.open();
    const open = opened(microphone);
    const levels: number[] = [];
    const ended = vi.fn();
    const unsubscribe = open.onLevel((level) => levels.push(level));
    open.onEnded(ended);
    open.emitLevel(0.3);
    unsubscribe();
    open.emitLevel(0.9);
    open.end();
    open.end();
    expect(levels).toEqual([0.3]);
    expect(ended).toHaveBeenCalledOnce();
  });

  it('reopens after the end, failing while told to, and tells of the next end too', async () => {
    const microphone = new FakeMicrophone();
    await microphone.open();
    const open = opened(microphone);
    const ended = vi.fn();
    open.onEnded(ended);
    open.end();
    microphone.failWith = 'no-device';
    await expect(open.reopen()).rejects.toMatchObject({ problem: 'no-device' });
    expect(open.ended).toBe(true);
    microphone.failWith = undefined;
    await open.reopen();
    expect(open.ended).toBe(false);
    open.end();
    expect(ended).toHaveBeenCalledTimes(2);
    expect(open.reopens).toBe(2);
  });
});

describe('FakeRecording', () => {
  async function record() {
    const microphone = new FakeMicrophone();
    await microphone.open();
    const open = opened(microphone);
    const sink = memorySink();
    const onWriteError = vi.fn();
    const recording = open.record(sink, onWriteError);
    return { open, sink, onWriteError, recording };
  }

  it('writes chunks in order after a microtask, and stops with a plausible result', async () => {
    const { sink, recording } = await record();
    const written = recording.emitChunk();
    expect(sink.chunks).toEqual([]);
    await written;
    await recording.emitChunk(500);
    expect(sink.chunks.map((chunk) => [chunk.seq, chunk.durationMs, chunk.peaks.length])).toEqual([
      [0, 1000, 100],
      [1, 1500, 50],
    ]);
    const result = await recording.stop();
    expect(recording.state).toBe('stopped');
    expect(result).toMatchObject({ mimeType: 'audio/webm;codecs=opus', durationMs: 1500, chunks: 2 });
    expect(result.peaks).toHaveLength(150);
  });

  it('stop resolves only after pending writes', async () => {
    const { recording } = await record();
    const order: string[] = [];
    void recording.emitChunk().then(() => order.push('written'));
    await recording.stop().then(() => order.push('stopped'));
    expect(order).toEqual(['written', 'stopped']);
  });

  it('pauses and resumes, and emits nothing while paused', async () => {
    const { recording } = await record();
    recording.pause();
    expect(recording.state).toBe('paused');
    expect(() => recording.emitChunk()).toThrow(/paused/);
    recording.resume();
    expect(recording.state).toBe('recording');
  });

  it('fails the next write on request: onWriteError once, the recording stops, stop rejects', async () => {
    const { sink, onWriteError, recording } = await record();
    recording.failNextWrite = true;
    await expect(recording.emitChunk()).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(onWriteError).toHaveBeenCalledOnce();
    expect(recording.state).toBe('stopped');
    expect(sink.chunks).toEqual([]);
    await expect(recording.stop()).rejects.toMatchObject({ name: 'QuotaExceededError' });
  });

  it("passes the sink's own failure to onWriteError", async () => {
    const { open } = await record();
    const failure = new Error('disk full');
    const onWriteError = vi.fn();
    const recording = open.record({ write: () => Promise.reject(failure) }, onWriteError);
    await expect(recording.emitChunk()).rejects.toBe(failure);
    expect(onWriteError).toHaveBeenCalledExactlyOnceWith(failure);
  });

  it('keeps recordings going when the device ends, and stops them when the microphone closes', async () => {
    const { open, recording } = await record();
    const second = open.record(memorySink(), vi.fn());
    open.end();
    expect(recording.state).toBe('recording');
    open.close();
    expect(recording.state).toBe('stopped');
    expect(second.state).toBe('stopped');
    expect(open.closed).toBe(true);
    expect(() => open.record(memorySink(), vi.fn())).toThrow(/closed/);
  });
});
