import { describe, expect, it } from 'vitest';
import type { VivaDatabase } from '../store/database.ts';
import { numbers } from '../store/testing/interview-fixture.ts';
import { answerAudioFile } from './answer-audio-file.ts';
import { storedInterviewsEachTest, type StoredInterviews } from './testing/backup-fixture.ts';
import { durationIn, webmRecording } from './testing/webm-fixture.ts';
import { withWebmDuration } from './webm-duration.ts';

let database: VivaDatabase;
let stored: StoredInterviews;

storedInterviewsEachTest((each, interviews) => {
  database = each;
  stored = interviews;
});

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('answerAudioFile', () => {
  it('writes the recorded duration into a WebM answer and names it by script, start, turn and phase', async () => {
    const { blob, fileName } = await answerAudioFile(stored.finishedAnswerId, database);

    expect(fileName).toBe('url-shortener-2025-06-01-1430-02-question.webm');
    expect(blob.type).toBe('audio/webm;codecs=opus');
    const bytes = await bytesOf(blob);
    expect(durationIn(bytes)).toBe(2_480);
    const recorded = Uint8Array.from([...webmRecording(), 1, 1, 0x50, 0x4b, 7, 8, 9]);
    expect(numbers(bytes)).toEqual(numbers(withWebmDuration(recorded, 2_480)));
  });

  it('takes the duration of an answer cut off mid-recording from its last chunk', async () => {
    const { blob, fileName } = await answerAudioFile(stored.cutOffAnswerId, database);

    expect(fileName).toBe('url-shortener-2025-06-01-1430-01-question.webm');
    // Its chunks hold no WebM header, so there is nowhere to write a duration: the bytes stay as recorded.
    expect(numbers(await bytesOf(blob))).toEqual([0, 0, 1, 1]);
  });

  it('gives MP4 audio as recorded, as .m4a', async () => {
    const { blob, fileName } = await answerAudioFile(stored.mp4AnswerId, database);

    expect(fileName).toBe('cap-theorem-2025-06-02-1430-01-question.m4a');
    expect(blob.type).toBe('audio/mp4');
    expect(numbers(await bytesOf(blob))).toEqual([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]);
  });

  it('refuses an answer that is not stored', async () => {
    await expect(answerAudioFile('gone', database)).rejects.toThrow('No answer gone is stored.');
  });
});
