import { describe, expect, it } from 'vitest';
import { question, script } from '../library/testing/script-fixture.ts';
import { emptyAnswerAssessment } from '../store/assessments.ts';
import type { AnswerRecord, TranscriptRecord } from '../store/database.ts';
import { newAnswer, turn } from '../store/testing/interview-fixture.ts';
import { analyseSessionAnswers } from './session-analysis.ts';

const interview = script('cache', {
  questions: [
    question('Cache', 'How would you cache it?', { checkpoints: [{ text: 'Mentions invalidation' }] }),
  ],
});
const answer: AnswerRecord = {
  id: 'a1',
  ...newAnswer('s1', 1, { turn: turn('How would you cache it?', { questionIndex: 0, questionNumber: 1 }) }),
};
const transcript: TranscriptRecord = {
  answerId: 'a1',
  sessionId: 's1',
  language: 'en',
  words: ['we', 'handle', 'invalidation', 'by', 'events'].map((text, index) => ({
    text,
    startMs: index * 400,
    endMs: index * 400 + 300,
    confidence: 0.9,
  })),
  model: 'm.bin',
  tookMs: 1,
  createdAt: 1,
};

describe('analyseSessionAnswers', () => {
  it('analyses the words once, and takes each new verdict of the candidate', () => {
    const transcripts = new Map([['a1', transcript]]);
    const first = analyseSessionAnswers(interview, [answer], new Map(), transcripts).get('a1');
    expect(first?.verdicts[0]).toMatchObject({ covered: true, source: 'heard' });

    const unticked = { ...emptyAnswerAssessment('a1', 's1'), notCovered: ['Mentions invalidation'] };
    const second = analyseSessionAnswers(interview, [answer], new Map([['a1', unticked]]), transcripts).get(
      'a1',
    );
    expect(second?.analysis).toBe(first?.analysis);
    expect(second?.verdicts[0]).toMatchObject({ covered: false, source: 'candidate', heard: true });
  });

  it('has nothing for an answer not yet transcribed', () => {
    expect(analyseSessionAnswers(interview, [answer], new Map(), new Map()).size).toBe(0);
  });
});
