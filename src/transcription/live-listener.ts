import type { AnswerListener } from '../interview/answer-listener.ts';
import { loadAnswerAudio } from '../store/answer-audio.ts';
import type { VivaDatabase } from '../store/database.ts';
import { db } from '../store/db.ts';
import { loadRecognitionModel } from '../store/recognition-model.ts';
import { loadSettings } from '../store/settings.ts';
import { saveTranscript } from '../store/transcripts.ts';
import type { Recognisers } from '../platform/recognition/recognition.ts';
import { engineForLanguage } from './engine-for-language.ts';

/**
 * The interviewer's ears during an interview: the answer's language's engine transcribes a main answer as
 * soon as its recording is stored, and the transcript is kept, so the review shows it without transcribing
 * again. The engine is started for that answer alone and disposed of when it is done or the wait is given up
 * (the signal), so it never runs beside the next recording.
 */
export function createLiveListener(
  waitMs: number,
  recognisers: Recognisers,
  database: VivaDatabase = db,
): AnswerListener {
  return {
    waitMs,
    async hear({ sessionId, turnIndex, language, signal }) {
      const answer = await database.answers
        .where('[sessionId+turnIndex]')
        .equals([sessionId, turnIndex])
        .last();
      if (answer === undefined) throw new Error(`No answer to turn ${turnIndex} is stored.`);
      const { blob } = await loadAnswerAudio(answer.id, database);
      const settings = await loadSettings(database);
      const model = await loadRecognitionModel(database);
      signal.throwIfAborted();
      const found = await engineForLanguage(
        language,
        settings.recognitionEngines[language],
        model,
        recognisers,
      );
      if ('reason' in found) throw new Error(found.reason);
      const { engine, name } = found;
      try {
        const started = performance.now();
        const result = await engine.transcribe(blob, { language, signal });
        if (!result.ok) throw new Error(`The answer could not be transcribed (${result.reason}).`);
        await saveTranscript(
          {
            answerId: answer.id,
            sessionId,
            language,
            words: result.words,
            model: name,
            tookMs: Math.round(performance.now() - started),
            createdAt: Date.now(),
          },
          database,
        );
        return result.words;
      } finally {
        engine.dispose();
      }
    },
  };
}
