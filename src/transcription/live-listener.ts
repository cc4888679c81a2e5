import type { AnswerListener } from '../interview/answer-listener.ts';
import { loadAnswerAudio } from '../store/answer-audio.ts';
import type { VivaDatabase } from '../store/database.ts';
import { db } from '../store/db.ts';
import { loadRecognitionModel } from '../store/recognition-model.ts';
import { saveTranscript } from '../store/transcripts.ts';
import { modelTranscribes } from './recognition-language.ts';

/**
 * The interviewer's ears during an interview: the stored Whisper model transcribes a main answer as soon as
 * its recording is stored, and the transcript is kept, so the review shows it without transcribing again.
 * The engine is started for that answer alone and disposed of when it is done or the wait is given up (the
 * signal), so it never runs beside the next recording.
 */
export function createLiveListener(waitMs: number, database: VivaDatabase = db): AnswerListener {
  return {
    waitMs,
    async hear({ sessionId, turnIndex, language, signal }) {
      const model = await loadRecognitionModel(database);
      if (model === undefined) throw new Error('No speech model is stored.');
      if (!modelTranscribes(model.info.multilingual, language))
        throw new Error(`The model ${model.fileName} knows English only.`);
      const answer = await database.answers
        .where('[sessionId+turnIndex]')
        .equals([sessionId, turnIndex])
        .last();
      if (answer === undefined) throw new Error(`No answer to turn ${turnIndex} is stored.`);
      const { blob } = await loadAnswerAudio(answer.id, database);
      const { startWhisperEngine } = await import('../platform/recognition/whisper/whisper-engine.ts');
      signal.throwIfAborted();
      const engine = await startWhisperEngine(model.file);
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
            model: model.fileName,
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
