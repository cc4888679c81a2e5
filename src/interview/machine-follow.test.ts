import { afterEach, describe, expect, it } from 'vitest';
import { prompt, script } from '../library/testing/script-fixture.ts';
import type { FakeClock } from '../platform/clock/fake-clock.ts';
import { FakeListener, spoken } from './testing/fake-listener.ts';
import { settle, shortScript, startInterview, stopRunningInterviews } from './testing/machine-harness.ts';

afterEach(stopRunningInterviews);

/** An interview whose listener follows every answer as it is recorded. */
async function followedInterview(value = shortScript) {
  let listener: FakeListener | undefined;
  const t = await startInterview(value, { timing: 'soft', speech: true }, () => 0, {
    listener: (clock: FakeClock) => (listener = new FakeListener(clock, spoken('hello'), 0)),
  });
  await t.begin();
  if (listener === undefined) throw new Error('No listener was made.');
  return { ...t, listener };
}

describe('interview machine, listening while each answer is recorded', () => {
  it('follows every answer from its recording’s start, through its pauses, to its end with its id', async () => {
    const t = await followedInterview();
    await t.speakPrompt();
    // Following starts once the recorder has: the recording never waits for it.
    expect(t.recording().state).toBe('recording');
    expect(t.listener.followed.map((f) => [f.request, f.microphone])).toEqual([
      [{ sessionId: 'session-1', turnIndex: 0, language: 'en' }, t.microphone.opened],
    ]);
    t.clock.advance(2_000);
    t.send('user.pause');
    await settle();
    t.send('user.resume');
    await settle();
    t.clock.advance(3_000);
    await t.recording().emitChunk();
    t.send('user.done');
    await settle();
    expect(t.listener.followed[0]?.told).toEqual(['pause', 'resume', 'end answer-1']);

    await t.speakPrompt();
    expect(t.listener.followed.map((f) => f.request.turnIndex)).toEqual([0, 1]);
  });

  it('gives up following an answer the page leaves mid-way, and follows none in a language it cannot hear', async () => {
    const t = await followedInterview(
      script('French', { language: 'fr-FR', opening: prompt('Bonjour.'), closing: prompt('Merci.') }),
    );
    // No voice speaks French here: the prompt is shown to be read, and the answer recorded after.
    t.clock.advance(30_000);
    await settle();
    expect(t.recording().state).toBe('recording');
    expect(t.listener.followed).toEqual([]);

    const english = await followedInterview();
    await english.speakPrompt();
    expect(english.listener.closed).toBe(false);
    english.actor.stop();
    await settle();
    expect(english.listener.followed[0]?.told).toEqual(['cancel']);
    // The interview is over: the listener may free its engines.
    expect(english.listener.closed).toBe(true);
  });

  it('records on when the listener fails to follow an answer', async () => {
    const t = await followedInterview();
    t.listener.follow = () => {
      throw new Error('the recogniser is gone');
    };
    await t.speakPrompt();
    t.clock.advance(5_000);
    await t.recording().emitChunk();
    t.send('user.done');
    await settle();
    expect(t.state().matches('running')).toBe(true);
    expect(t.records.answers.map((a) => [a.timing?.endedBy, a.chunks.length])).toEqual([['done', 1]]);
  });
});
