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
  RecognitionLanguage,
} from '../platform/recognition/recognition.ts';
import {
  engineForLanguage,
  planEngine,
  startPlannedEngine,
  type RunnablePlan,
} from './engine-for-language.ts';
import { followAnswer, type LiveEngine } from './follow-answer.ts';

/** What the interviews' ears are still doing (an answer's last window after "done"), wherever they are. */
const unfinished = new Set<Promise<unknown>>();

/**
 * Settles once the answers heard during interviews have their words: a review opened at an interview's end
 * waits for them rather than transcribing an answer a second time, beside the first.
 */
export function heardAnswersSettled(): Promise<void> {
  return Promise.allSettled([...unfinished]).then(() => undefined);
}

/**
 * The interviewer's ears during an interview. The engines of the interview's languages are started with it
 * and listen to every answer while it is recorded: the browser's on-device recogniser as it is spoken,
 * Whisper window by window, so the words are ready soon after the answer ends. An answer they did not hear
 * live (an engine that was not ready yet, or failed) is transcribed from its recording when the interviewer
 * asks for it. Either way the transcript is kept, so the review shows it at once. The engines are freed when
 * the interview is over (`close`), once the answers under way have their words.
 */
export function createLiveListener(
  waitMs: number,
  recognisers: Recognisers,
  languages: readonly RecognitionLanguage[],
  database: VivaDatabase = db,
): AnswerListener {
  const live = startLiveEngines(languages, recognisers, database);
  /** The words of answers followed live, by session and turn. */
  const followed = new Map<string, Promise<readonly RecognisedWord[] | undefined>>();
  /** Work that uses the live engines: they are freed once it is all done. */
  const held = new Set<Promise<unknown>>();
  const hold = <T>(work: Promise<T>): Promise<T> => {
    held.add(work);
    unfinished.add(work);
    const forget = (): void => {
      held.delete(work);
      unfinished.delete(work);
    };
    work.then(forget, forget);
    return work;
  };
  const key = (sessionId: string, turnIndex: number): string => `${sessionId}/${String(turnIndex)}`;
  const liveEngine = (language: RecognitionLanguage): Promise<LiveEngine | undefined> =>
    live.then((engines) => engines.get(language));

  return {
    waitMs,
    follow(request, microphone) {
      const following = followAnswer(request, microphone, {
        liveEngine: liveEngine(request.language),
        database,
        now: () => performance.now(),
      });
      followed.set(key(request.sessionId, request.turnIndex), hold(following.words));
      return following;
    },
    async hear({ sessionId, turnIndex, language, signal }) {
      const heardLive = await followed.get(key(sessionId, turnIndex));
      signal.throwIfAborted();
      if (heardLive !== undefined) return heardLive;
      const answer = await database.answers
        .where('[sessionId+turnIndex]')
        .equals([sessionId, turnIndex])
        .last();
      if (answer === undefined) throw new Error(`No answer to turn ${turnIndex} is stored.`);
      // Nobody spoke: no words, and no recogniser asked to invent some.
      if (answer.audio !== undefined && !heardSpeech(answer.audio.peaks)) return [];
      const { blob } = await loadAnswerAudio(answer.id, database);
      const shared = await liveEngine(language);
      signal.throwIfAborted();
      // The interview's own engine when it has one for the language; otherwise one for this answer alone.
      const found =
        shared ??
        (await engineForLanguage(
          language,
          (await loadSettings(database)).recognitionEngines[language],
          await loadRecognitionModel(database),
          recognisers,
        ));
      if ('reason' in found) throw new Error(found.reason);
      const { engine, name } = found;
      try {
        const started = performance.now();
        const result = await hold(engine.transcribe(blob, { language, signal }));
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
        if (shared === undefined) engine.dispose();
      }
    },
    close() {
      void Promise.allSettled([...held]).then(async () => {
        const engines = new Set([...(await live).values()].map(({ engine }) => engine));
        for (const engine of engines) engine.dispose();
      });
    },
  };
}

/**
 * Starts the engine each of the interview's languages is transcribed with, once per engine (one Whisper
 * model serves every language it knows), before the first answer so that it can listen from the first word.
 * A language whose engine cannot start is left out: its answers are transcribed from their recordings.
 */
async function startLiveEngines(
  languages: readonly RecognitionLanguage[],
  recognisers: Recognisers,
  database: VivaDatabase,
): Promise<ReadonlyMap<RecognitionLanguage, LiveEngine>> {
  const [settings, model] = await Promise.all([loadSettings(database), loadRecognitionModel(database)]);
  const started = new Map<string, Promise<LiveEngine | undefined>>();
  const byLanguage = new Map<RecognitionLanguage, LiveEngine>();
  for (const language of new Set(languages)) {
    const availability = await recognisers.browserPacks.availability(language);
    const plan = planEngine(language, settings.recognitionEngines[language], availability, model);
    if (plan.kind === 'none') continue;
    const engineKey = `${plan.kind}:${plan.name}`;
    const engine = started.get(engineKey) ?? startLive(plan, recognisers);
    started.set(engineKey, engine);
    const found = await engine;
    if (found !== undefined) byLanguage.set(language, found);
  }
  return byLanguage;
}

async function startLive(plan: RunnablePlan, recognisers: Recognisers): Promise<LiveEngine | undefined> {
  try {
    return { engine: await startPlannedEngine(plan, recognisers), name: plan.name };
  } catch {
    return undefined;
  }
}
