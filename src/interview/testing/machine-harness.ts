// The interview machine on a simulated clock, for its tests: the test plays the speech engine
// (FakeSpeech), the microphone (FakeMicrophone) and time (FakeClock), and reads what was stored
// (MemoryRecords). It also drives npm run simulate.
import { createActor } from 'xstate';
import { prompt, question, script } from '../../library/testing/script-fixture.ts';
import { FakeClock } from '../../platform/clock/fake-clock.ts';
import { FakeMicrophone } from '../../platform/microphone/fake-microphone.ts';
import { FakeSpeech } from '../../platform/speech/fake-speech.ts';
import type { Script } from '../../script/model.ts';
import type { UserEventType } from '../events.ts';
import type { AnswerListener } from '../answer-listener.ts';
import type { InterviewInput } from '../machine-context.ts';
import { interviewMachine } from '../machine.ts';
import { buildPlan } from '../plan.ts';
import type { SessionSettings } from '../records.ts';
import { MemoryRecords } from './memory-records.ts';

const running: { stop: () => void }[] = [];

/** Stops every machine the harness started; call it after each test. */
export function stopRunningInterviews(): void {
  for (const actor of running.splice(0)) actor.stop();
}

/** Lets promises and microtasks settle, as the browser would between events. */
export const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
};

/** Opening, one question, closing. */
export const shortScript = script('short', {
  opening: prompt('Hello, please introduce yourself.', 60),
  questions: [question('Cache', 'Design a cache.', { prompt: prompt('Design a cache.', 120) })],
  closing: prompt('Any questions?', 30),
});

/** What a test may bring instead of the harness's fresh fakes, and a session to resume. */
export interface HarnessOptions {
  readonly microphone?: FakeMicrophone;
  readonly records?: MemoryRecords;
  readonly resume?: InterviewInput['resume'];
  /** Hears main answers on the machine's clock; none, as when transcription is off. */
  readonly listener?: (clock: FakeClock) => AnswerListener;
}

/** Starts an interview machine up to its microphone check, with handles on every fake it runs on. */
export async function startInterview(
  value: Script = shortScript,
  settings: SessionSettings = { timing: 'soft', speech: true },
  random: () => number = () => 0,
  options: HarnessOptions = {},
) {
  const clock = new FakeClock();
  const speech = new FakeSpeech();
  const microphone = options.microphone ?? new FakeMicrophone();
  const records = options.records ?? new MemoryRecords();
  const actor = createActor(interviewMachine, {
    input: {
      services: {
        clock,
        speech,
        microphone,
        records,
        speechOptions: (lang) => ({ lang, rate: 1, volume: 1 }),
        listener: options.listener?.(clock),
      },
      script: value,
      scriptSource: 'builtin',
      plan: buildPlan(value, random),
      settings,
      resume: options.resume,
    },
  });
  running.push(actor);
  actor.start();
  await settle();
  const send = (type: UserEventType) => {
    actor.send({ type, at: clock.now() });
  };
  const state = () => actor.getSnapshot();
  const recording = () => {
    const last = microphone.opened?.recordings.at(-1);
    if (last === undefined) throw new Error('Nothing is being recorded.');
    return last;
  };
  /** The interviewer says the current prompt, taking `ms`. */
  const speakPrompt = async (ms = 2000) => {
    speech.start();
    clock.advance(ms);
    speech.end();
    await settle();
  };
  /** Starts the session after the microphone check. */
  const begin = async () => {
    // Plain errors rather than expect(): the simulator (npm run simulate) runs this harness outside Vitest.
    if (!state().matches({ preparing: 'ready' })) throw new Error('The microphone check did not finish.');
    send('user.start');
    await settle();
    if (!state().matches('running')) throw new Error('The interview did not start.');
  };
  /** The current prompt is said, and answered for `ms` (one chunk recorded) until "done". */
  const answerTurn = async (ms: number) => {
    await speakPrompt();
    clock.advance(ms);
    await recording().emitChunk();
    send('user.done');
    await settle();
  };
  return {
    actor,
    clock,
    speech,
    microphone,
    records,
    send,
    state,
    recording,
    speakPrompt,
    begin,
    answerTurn,
  };
}
