import { describe, expect, it } from 'vitest';
import { peaksOf } from '../insights/testing/synthetic-peaks.ts';
import { audio, turn } from '../store/testing/interview-fixture.ts';
import { whyNotTranscribed } from './why-not-transcribed.ts';

const spoken = peaksOf([
  { ms: 500, level: 0.002 },
  { ms: 2_000, level: 0.3 },
]);

describe('whyNotTranscribed', () => {
  it.each([
    ['an answer with speech', audio({ peaks: spoken }), 'en-US', undefined],
    ['no recording', undefined, 'en-US', 'Nothing was recorded.'],
    ['a recording of no length', audio({ durationMs: 0, peaks: spoken }), 'en-US', 'Nothing was recorded.'],
    [
      'a recording in which nobody spoke',
      audio({ peaks: peaksOf([{ ms: 3_000, level: 0.001 }]) }),
      'en-US',
      'No speech was heard in this recording: nothing to transcribe.',
    ],
    [
      'a language Viva does not transcribe',
      audio({ peaks: spoken }),
      'fr-FR',
      'Viva cannot transcribe this language (fr-FR).',
    ],
  ] as const)('%s', (_, recorded, language, reason) => {
    const answer = {
      ...(recorded === undefined ? {} : { audio: recorded }),
      turn: turn('Tell me', { language }),
    };
    expect(whyNotTranscribed(answer)).toBe(reason);
  });
});
