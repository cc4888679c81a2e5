import { heardSpeech } from '../insights/voice-activity.ts';
import type { AnswerListener } from '../interview/answer-listener.ts';
import { loadAnswerAudio } from '../store/answer-audio.ts';
import type { VivaDatabase } from '../store/database.ts';
import { db } from '../store/db.ts';
import { loadRecognitionModel } from '../store/recognition-model.ts';
import { loadSettings } from '../store/settings.ts';
import { saveTranscript } from '../store/transcripts.ts';
import type {
  RecognisedWord,
  Recognisers,
  RecognitionEngine,
  RecognitionLanguage,
} from '../platform/recognition/recognition.ts';
import { engineForLanguage, planEngine } from './engine-for-language.ts';
import { followAnswer } from './follow-answer.ts';

/**
 * The interviewer's ears during an interview. Where the browser's on-device recogniser is the answer's
 * engine, it listens while each answer is recorded, and its words are kept as the answer ends. Otherwise the
 * language's engine transcribes a main answer as soon as its recording is stored; that engine is started for
 * that answer alone and disposed of when it is done or the wait is given up (the signal), so Whisper never
 * runs beside the next recording. Either way the transcript is kept, so the review shows it at once.
 */
export function createLiveListener(
  waitMs: number,
  recognisers: Recognisers,
  database: VivaDatabase = db,
): AnswerListener {
  /** Per language, the engine that listens live, decided on its first answer (settings hold for an interview). */
  const liveEngines = new Map<RecognitionLanguage, Promise<RecognitionEngine | undefined>>();
  /** The words of answers followed live, by session and turn. */
  const followed = new Map<string, Promise<readonly RecognisedWord[] | undefined>>();
  const key = (sessionId: string, turnIndex: number): string => `${sessionId}/${String(turnIndex)}`;

  const liveEngine = (language: RecognitionLanguage): Promise<RecognitionEngine | undefined> => {
    let engine = liveEngines.get(language);
    if (engine === undefined) {
      engine = liveEngineFor(language, recognisers, database).catch(() => undefined);
      liveEngines.set(language, engine);
    }
    return engine;
  };

  return {
    waitMs,
    follow(request, microphone) {
      const following = followAnswer(request, microphone, {
        liveEngine: liveEngine(request.language),
        database,
        now: () => performance.now(),
      });
      followed.set(key(request.sessionId, request.turnIndex), following.words);
      return following;
    },
    async hear({ sessionId, turnIndex, language, signal }) {
      const live = await followed.get(key(sessionId, turnIndex));
      signal.throwIfAborted();
      if (live !== undefined) return live;
      const answer = await database.answers
        .where('[sessionId+turnIndex]')
        .equals([sessionId, turnIndex])
        .last();
      if (answer === undefined) throw new Error(`No answer to turn ${turnIndex} is stored.`);
      // Nobody spoke: no words, and no recogniser asked to invent some.
      if (answer.audio !== undefined && !heardSpeech(answer.audio.peaks)) return [];
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

/** The browser's recogniser when it is the language's engine: the one engine fast enough to listen live. */
async function liveEngineFor(
  language: RecognitionLanguage,
  recognisers: Recognisers,
  database: VivaDatabase,
): Promise<RecognitionEngine | undefined> {
  const [settings, availability] = await Promise.all([
    loadSettings(database),
    recognisers.browserPacks.availability(language),
  ]);
  const plan = planEngine(language, settings.recognitionEngines[language], availability, undefined);
  return plan.kind === 'browser' ? recognisers.startBrowser() : undefined;
}
