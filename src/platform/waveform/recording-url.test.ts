import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { RecordingUrl } from './recording-url.ts';

const blob = new Blob(['opus'], { type: 'audio/webm' });

// Stand-ins that let the test see which URLs were created and freed.
let createObjectURL: MockInstance<typeof URL.createObjectURL>;
let revokeObjectURL: MockInstance<typeof URL.revokeObjectURL>;
beforeEach(() => {
  let next = 0;
  createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:recording-${++next}`);
  revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('RecordingUrl', () => {
  it('loads nothing until asked, then loads once however often it is asked', async () => {
    const loadAudio = vi.fn(() => Promise.resolve(blob));
    const recording = new RecordingUrl(loadAudio);
    expect(loadAudio).not.toHaveBeenCalled();

    const urls = await Promise.all([recording.get(), recording.get()]);
    expect(await recording.get()).toBe('blob:recording-1');

    expect(urls).toEqual(['blob:recording-1', 'blob:recording-1']);
    expect(loadAudio).toHaveBeenCalledTimes(1);
    expect(createObjectURL).toHaveBeenCalledWith(blob);
  });

  it('tries again after a failed load', async () => {
    const loadAudio = vi
      .fn<() => Promise<Blob>>()
      .mockRejectedValueOnce(new Error('No answer a1 is stored.'))
      .mockResolvedValue(blob);
    const recording = new RecordingUrl(loadAudio);

    await expect(recording.get()).rejects.toThrow('No answer a1 is stored.');
    expect(await recording.get()).toBe('blob:recording-1');
    expect(loadAudio).toHaveBeenCalledTimes(2);
  });

  it('frees the URL it created', async () => {
    const recording = new RecordingUrl(() => Promise.resolve(blob));
    await recording.get();

    recording.revoke();

    expect(revokeObjectURL).toHaveBeenCalledWith('blob:recording-1');
  });

  it('creates no URL for a recording that finishes loading after it was revoked', async () => {
    let finish: (blob: Blob) => void = () => undefined;
    const recording = new RecordingUrl(
      () =>
        new Promise<Blob>((resolve) => {
          finish = resolve;
        }),
    );
    const url = recording.get();

    recording.revoke();
    finish(blob);

    await expect(url).rejects.toThrow('The player was closed.');
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(revokeObjectURL).not.toHaveBeenCalled();
  });
});
