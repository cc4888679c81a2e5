// How quickly the interview turns, from the speech log and the turn log of one page: the end-to-end test
// checks these figures with generous bounds, the benchmark reports them.
import type { Page } from 'playwright-core';
import { spokenUtterances } from './speech-log.ts';
import { turnEvents } from './turn-log.ts';

/** Milliseconds, one value per occurrence, in order. */
export interface TurnLatencies {
  /** From the end of the last sentence spoken before each recording to the recorder's start. */
  readonly promptToRecording: number[];
  /**
   * From each key press or click that stopped a recording to the next speak(); NaN where nothing was
   * spoken after it (the last answer).
   */
  readonly doneToSpeech: number[];
  /** From each speak() to the engine's start event: the speech engine's own delay, which the app cannot cut. */
  readonly speechEngineStart: number[];
}

/** A key press or click counts as "done" when a recorder stopped within this long after it. */
const DONE_TO_STOP_MS = 100;

/** The turn latencies of everything the page has done so far (recordSpeech and recordTurnEvents must be on). */
export async function turnLatencies(page: Page): Promise<TurnLatencies> {
  const [spoken, events] = await Promise.all([spokenUtterances(page), turnEvents(page)]);
  const at = (type: string) => events.filter((event) => event.type === type).map((event) => event.at);
  const ends = spoken.flatMap((utterance) => (utterance.endAt === null ? [] : [utterance.endAt]));
  const stops = at('recorder.stop');
  return {
    promptToRecording: at('recorder.start').map(
      (start) => start - Math.max(...ends.filter((end) => end <= start)),
    ),
    doneToSpeech: at('user.input')
      .filter((input) => stops.some((stop) => stop >= input && stop - input < DONE_TO_STOP_MS))
      .map((input) => (spoken.find((utterance) => utterance.speakAt >= input)?.speakAt ?? NaN) - input),
    speechEngineStart: spoken.flatMap((utterance) =>
      utterance.startAt === null ? [] : [utterance.startAt - utterance.speakAt],
    ),
  };
}
