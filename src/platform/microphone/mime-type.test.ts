import { describe, expect, it } from 'vitest';
import { chooseRecordingMimeType } from './mime-type.ts';

const supporting =
  (...types: string[]) =>
  (type: string) =>
    types.includes(type);

describe('chooseRecordingMimeType', () => {
  it('prefers Opus in WebM, as Chromium supports', () => {
    expect(
      chooseRecordingMimeType(
        supporting('audio/webm;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/mp4;codecs=opus'),
      ),
    ).toBe('audio/webm;codecs=opus');
  });

  it('falls back to plain WebM, then Opus in MP4, then MP4', () => {
    expect(chooseRecordingMimeType(supporting('audio/webm', 'audio/mp4'))).toBe('audio/webm');
    expect(chooseRecordingMimeType(supporting('audio/mp4;codecs=opus', 'audio/mp4'))).toBe(
      'audio/mp4;codecs=opus',
    );
    expect(chooseRecordingMimeType(supporting('audio/mp4'))).toBe('audio/mp4');
  });

  it('leaves the choice to the browser when it supports none of them', () => {
    expect(chooseRecordingMimeType(supporting('audio/ogg'))).toBe('');
  });
});
