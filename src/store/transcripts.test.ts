import { describe, expect, it } from 'vitest';
import type { InterviewRecords } from '../interview/records.ts';
import type { VivaDatabase } from './database.ts';
import { searchTranscripts } from './transcript-search.ts';
import {
  correctTranscript,
  loadTranscripts,
  saveTranscript,
  undoTranscriptCorrection,
} from './transcripts.ts';
import { freshStoreEachTest, newAnswer, newSession, recordedAnswer } from './testing/interview-fixture.ts';

let database: VivaDatabase;
let records: InterviewRecords;
freshStoreEachTest((store) => ({ database, records } = store));

const heard = ['I', 'would', 'put', 'a', 'cash', 'in', 'front'].map((text, index) => ({
  text,
  startMs: index * 500,
  endMs: index * 500 + 400,
  confidence: 0.9,
}));

async function transcribed() {
  const sessionId = await records.startSession(newSession());
  const answerId = await recordedAnswer(records, newAnswer(sessionId, 1), 5_000);
  await saveTranscript(
    { answerId, sessionId, language: 'en', words: heard, model: 'm.bin', tookMs: 1, createdAt: 1 },
    database,
  );
  return { sessionId, answerId };
}

const texts = (words: readonly { readonly text: string }[] | undefined) =>
  words?.map((word) => word.text).join(' ');

describe('correcting a transcript', () => {
  it('keeps what was heard and gives every reader the corrected words', async () => {
    const { sessionId, answerId } = await transcribed();
    await correctTranscript(answerId, 'I would put a cache in front', database);

    const stored = await database.transcripts.get(answerId);
    expect(texts(stored?.words)).toBe('I would put a cash in front');
    expect(texts(stored?.correctedWords)).toBe('I would put a cache in front');
    const shown = (await loadTranscripts(sessionId, database)).get(answerId);
    expect(texts(shown?.words)).toBe('I would put a cache in front');
    expect(shown?.words[4]).toMatchObject({ startMs: 2000, endMs: 2400 });
    expect((await searchTranscripts('cache', database)).map((hit) => hit.answerId)).toEqual([answerId]);
    expect(await searchTranscripts('cash', database)).toEqual([]);
  });

  it('goes back to what was heard, and a text equal to it is no correction', async () => {
    const { sessionId, answerId } = await transcribed();
    await correctTranscript(answerId, 'I would put a cache in front', database);
    await undoTranscriptCorrection(answerId, database);
    expect(await database.transcripts.get(answerId)).not.toHaveProperty('correctedWords');
    await correctTranscript(answerId, '  I would put a cash in front ', database);
    expect(await database.transcripts.get(answerId)).not.toHaveProperty('correctedWords');
    expect(texts((await loadTranscripts(sessionId, database)).get(answerId)?.words)).toBe(
      'I would put a cash in front',
    );
  });

  it('refuses to correct a transcript that is gone, changing nothing', async () => {
    await expect(correctTranscript('no-such-answer', 'words', database)).rejects.toThrow(/no transcript/);
    expect(await database.transcripts.count()).toBe(0);
  });
});

describe('transcribing again', () => {
  it('keeps the candidate’s correction, timed from the words heard the second time', async () => {
    const { answerId, sessionId } = await transcribed();
    await correctTranscript(answerId, 'I would put a cache in front', database);
    // The second model hears the answer differently, and later in the recording.
    const again = ['I', 'would', 'put', 'the', 'cash', 'in', 'front'].map((text, index) => ({
      text,
      startMs: 1_000 + index * 500,
      endMs: 1_400 + index * 500,
      confidence: 0.8,
    }));
    await saveTranscript(
      { answerId, sessionId, language: 'en', words: again, model: 'small.bin', tookMs: 2, createdAt: 2 },
      database,
    );
    const stored = await database.transcripts.get(answerId);
    expect(stored?.model).toBe('small.bin');
    expect(texts(stored?.words)).toBe('I would put the cash in front');
    expect(texts(stored?.correctedWords)).toBe('I would put a cache in front');
    // "the cash" became "a cache": both corrected words share the time the new words took (2.5–3.4 s).
    expect(stored?.correctedWords?.slice(3, 5).map((word) => [word.startMs, word.endMs])).toEqual([
      [2500, 2950],
      [2950, 3400],
    ]);
  });

  it('drops a correction the new words already say, and stores a given correction as it is', async () => {
    const { answerId, sessionId } = await transcribed();
    await correctTranscript(answerId, 'I would put a cache in front', database);
    const fixed = heard.map((word) => (word.text === 'cash' ? { ...word, text: 'cache' } : word));
    await saveTranscript(
      { answerId, sessionId, language: 'en', words: fixed, model: 'small.bin', tookMs: 2, createdAt: 2 },
      database,
    );
    expect(await database.transcripts.get(answerId)).not.toHaveProperty('correctedWords');

    // A backup's transcript comes with its own correction, which is not timed anew.
    const given = [{ text: 'cache', startMs: 7, endMs: 9, confidence: 1 }];
    await saveTranscript(
      {
        answerId,
        sessionId,
        language: 'en',
        words: heard,
        correctedWords: given,
        model: 'm',
        tookMs: 1,
        createdAt: 3,
      },
      database,
    );
    expect((await database.transcripts.get(answerId))?.correctedWords).toEqual(given);
  });
});
