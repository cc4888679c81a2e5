// Answers queued for their transcripts, and an engine to transcribe them, for the queue's hook tests.
import { FakeRecognition } from '../../platform/recognition/fake-recognition.ts';
import type { Recognisers, RecognitionResult } from '../../platform/recognition/recognition.ts';
import type { AnswerRecord } from '../../store/database.ts';
import { db } from '../../store/db.ts';
import { createInterviewRecords } from '../../store/interview-records.ts';
import { defaultSettings, saveSettings } from '../../store/settings.ts';
import { audio, newAnswer, newSession, spokenPeaks } from '../../store/testing/interview-fixture.ts';

const records = createInterviewRecords(db);

/** The browser's recogniser, its English pack installed, answering every transcription with `answer`. */
export function browserOnly(answer: (audio: Blob) => RecognitionResult) {
  const engine = new FakeRecognition(answer);
  const recognisers: Recognisers = {
    browserPacks: {
      availability: (language) => Promise.resolve(language === 'en' ? 'ready' : 'unavailable'),
      install: () => Promise.resolve(false),
    },
    startBrowser: () => Promise.resolve(engine),
    startWhisper: () => Promise.reject(new Error('No Whisper in this test.')),
  };
  return { engine, recognisers };
}

/** An interview of answers recorded with speech in English, queued for their transcripts as they were stored. */
export async function recordedInterview(
  count: number,
): Promise<{ sessionId: string; answers: AnswerRecord[] }> {
  await saveSettings({
    ...defaultSettings,
    recognitionEngines: { en: 'browser', de: 'whisper', ru: 'whisper' },
  });
  const sessionId = await records.startSession(newSession());
  for (let turnIndex = 0; turnIndex < count; turnIndex++) {
    const answerId = await records.startAnswer(newAnswer(sessionId, turnIndex));
    await records.appendChunk(answerId, {
      seq: 0,
      bytes: Uint8Array.of(turnIndex),
      peaks: spokenPeaks,
      durationMs: 1_000,
    });
    await records.finishAnswerAudio(answerId, audio({ durationMs: 1_000, peaks: spokenPeaks, chunks: 1 }));
  }
  const answers = await db.answers.where('sessionId').equals(sessionId).sortBy('turnIndex');
  return { sessionId, answers };
}
