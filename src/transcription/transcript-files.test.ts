import { describe, expect, it } from 'vitest';
import type { RecognisedWord } from '../platform/recognition/recognition.ts';
import { transcriptText, transcriptVtt, wordAt } from './transcript-files.ts';

const word = (text: string, startMs: number, endMs: number): RecognisedWord => ({
  text,
  startMs,
  endMs,
  confidence: 1,
});

describe('transcript files', () => {
  it('writes the words as text', () => {
    expect(transcriptText([word('Hello,', 0, 300), word('world.', 300, 700)])).toBe('Hello, world.');
    expect(transcriptText([])).toBe('');
  });

  it.each([
    ['no words', [], 'WEBVTT\n'],
    [
      'one phrase',
      [word('Hello,', 120, 400), word('world.', 450, 900)],
      'WEBVTT\n\n00:00:00.120 --> 00:00:00.900\nHello, world.\n',
    ],
    [
      'a new cue after a pause of a second',
      [word('First.', 0, 500), word('Then', 1500, 1800), word('more.', 1800, 2100)],
      'WEBVTT\n\n00:00:00.000 --> 00:00:00.500\nFirst.\n\n00:00:01.500 --> 00:00:02.100\nThen more.\n',
    ],
    [
      'times past an hour, and an arrow in the text',
      [word('a-->b', 3_723_004, 3_723_500)],
      'WEBVTT\n\n01:02:03.004 --> 01:02:03.500\na->b\n',
    ],
  ])('writes WebVTT for %s', (_, words, vtt) => {
    expect(transcriptVtt(words)).toBe(vtt);
  });

  it('starts a new cue every ten words', () => {
    const words = Array.from({ length: 12 }, (_, index) => word(`w${index}`, index * 100, index * 100 + 90));
    const cues = transcriptVtt(words).split('\n\n').slice(1);
    expect(cues.map((cue) => cue.split('\n')[1]?.split(' ').length)).toEqual([10, 2]);
  });

  it.each([
    [0, 0],
    [299, 0],
    [300, -1],
    [450, 1],
    [700, -1],
    [-5, -1],
  ])('finds the word said at %i ms: %i', (ms, index) => {
    expect(wordAt([word('Hello,', 0, 300), word('world.', 400, 700)], ms)).toBe(index);
  });
});
