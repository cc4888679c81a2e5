import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserSpeech } from './browser-speech.ts';
import type { SpeechOptions } from './speech.ts';
import { recorder } from './testing/listener-log.ts';
import {
  chromiumVoices,
  FakeSpeechSynthesis,
  FakeSpeechSynthesisUtterance,
  type FakeSpeechSynthesisOptions,
} from './testing/fake-speech-synthesis.ts';

const english: SpeechOptions = { lang: 'en-US', rate: 1, volume: 1 };
const german: SpeechOptions = { lang: 'de-DE', rate: 1.2, volume: 0.8 };

// With the fake's defaults: voices at 1600 ms, each sentence starts 50 ms after it is queued and ends 1000 ms
// later; the next one is queued a task after that end, which fake timers count as 1 ms.
const FIRST_START = 1650;
const SENTENCE = 1051;

let engines: FakeSpeechSynthesis[] = [];

function engine(options?: FakeSpeechSynthesisOptions): FakeSpeechSynthesis {
  const synth = new FakeSpeechSynthesis(options);
  engines.push(synth);
  return synth;
}

const texts = (synth: FakeSpeechSynthesis) => synth.spoken.map((utterance) => utterance.text);

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('SpeechSynthesisUtterance', FakeSpeechSynthesisUtterance);
});

afterEach(() => {
  // pause() leaves Chromium's engine without resume or end.
  for (const synth of engines) expect(synth.pauseCalls).toBe(0);
  engines = [];
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('voices', () => {
  it('resolves when the engine announces its voices, described by the contract', async () => {
    const speech = createBrowserSpeech(engine({ voicesAfterMs: 1610 }));
    const voices = vi.fn();
    void speech.voices().then(voices);
    await vi.advanceTimersByTimeAsync(1609);
    expect(voices).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(voices).toHaveBeenCalledOnce();
    expect(voices.mock.lastCall?.[0]).toContainEqual({
      id: 'German espeak-ng',
      name: 'German espeak-ng',
      lang: 'de-DE',
      local: true,
    });
  });

  it('finds the voices by polling when the engine fires no voiceschanged', async () => {
    const speech = createBrowserSpeech(engine({ voicesAfterMs: 1610, voicesChangedEvent: false }));
    const voices = vi.fn();
    void speech.voices().then(voices);
    await vi.advanceTimersByTimeAsync(1740);
    expect(voices).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(10);
    expect(voices.mock.lastCall?.[0]).toHaveLength(5);
  });

  it('resolves with no voices after the timeout', async () => {
    const speech = createBrowserSpeech(engine({ voices: [] }), { voicesTimeoutMs: 2000 });
    const voices = vi.fn();
    void speech.voices().then(voices);
    await vi.advanceTimersByTimeAsync(1999);
    expect(voices).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(voices).toHaveBeenCalledWith([]);
  });

  it('keeps the voices once loaded, but looks again after finding none', async () => {
    const synth = engine({ voicesAfterMs: 5000 });
    const getVoices = vi.spyOn(synth, 'getVoices');
    const speech = createBrowserSpeech(synth);
    const first = speech.voices();
    await vi.advanceTimersByTimeAsync(3000);
    await expect(first).resolves.toEqual([]);

    const second = speech.voices();
    await vi.advanceTimersByTimeAsync(2000);
    await expect(second).resolves.toHaveLength(5);

    const reads = getVoices.mock.calls.length;
    await expect(speech.voices()).resolves.toBe(await second);
    expect(getVoices).toHaveBeenCalledTimes(reads);
  });

  it('hears voices that arrive long after it stopped waiting, and speaks with them', async () => {
    const synth = engine({ voicesAfterMs: 10_000 });
    const speech = createBrowserSpeech(synth);
    const changed = vi.fn();
    speech.onVoicesChanged(changed);
    const early = speech.voices();
    await vi.advanceTimersByTimeAsync(3000);
    await expect(early).resolves.toEqual([]);

    await vi.advanceTimersByTimeAsync(7000);
    expect(changed).toHaveBeenCalledOnce();
    await expect(speech.voices()).resolves.toHaveLength(5);

    const listener = recorder();
    speech.speak('Hallo.', german, listener.listener);
    await vi.advanceTimersByTimeAsync(SENTENCE);
    expect(synth.spoken[0]?.voice?.name).toBe('German espeak-ng');
    expect(listener.calls).toEqual(['started German espeak-ng', 'ended']);
  });

  it('takes each newer list an engine reports in steps, and stops telling an unsubscribed listener', async () => {
    const synth = engine({ voices: chromiumVoices.slice(1, 2), voicesAfterMs: 100 });
    const speech = createBrowserSpeech(synth);
    const changed = vi.fn();
    const unsubscribe = speech.onVoicesChanged(changed);
    await vi.advanceTimersByTimeAsync(100);
    await expect(speech.voices()).resolves.toHaveLength(1);

    synth.bringVoices(chromiumVoices);
    expect(changed).toHaveBeenCalledTimes(2);
    await expect(speech.voices()).resolves.toHaveLength(5);

    unsubscribe();
    synth.bringVoices(chromiumVoices.slice(0, 3));
    expect(changed).toHaveBeenCalledTimes(2);
    await expect(speech.voices()).resolves.toHaveLength(3);
  });

  it('shares one wait between callers', async () => {
    const speech = createBrowserSpeech(engine());
    const both = Promise.all([speech.voices(), speech.voices()]);
    await vi.advanceTimersByTimeAsync(1600);
    const [a, b] = await both;
    expect(a).toBe(b);
  });
});

describe('speak', () => {
  it('speaks in a voice for the language, never the Afrikaans default', async () => {
    const synth = engine();
    const { calls, listener } = recorder();
    createBrowserSpeech(synth).speak('Guten Tag.', german, listener);
    await vi.advanceTimersByTimeAsync(FIRST_START);
    expect(calls).toEqual(['started German espeak-ng']);
    const [utterance] = synth.spoken;
    expect(utterance?.voice?.name).toBe('German espeak-ng');
    expect(utterance).toMatchObject({ lang: 'de-DE', rate: 1.2, volume: 0.8 });
  });

  it('speaks in the preferred voice when it speaks the language', async () => {
    const synth = engine();
    const { calls, listener } = recorder();
    createBrowserSpeech(synth).speak(
      'Hello.',
      { ...english, voiceId: 'English (Great Britain) espeak-ng' },
      listener,
    );
    await vi.advanceTimersByTimeAsync(FIRST_START);
    expect(calls).toEqual(['started English (Great Britain) espeak-ng']);
  });

  it('speaks one sentence at a time, reporting started at the first and ended after the last', async () => {
    const synth = engine();
    const { calls, listener } = recorder();
    createBrowserSpeech(synth).speak('First one. Second one? Third one!', english, listener);
    await vi.advanceTimersByTimeAsync(FIRST_START);
    expect(texts(synth)).toEqual(['First one.']);
    expect(calls).toEqual(['started English (America) espeak-ng']);

    await vi.advanceTimersByTimeAsync(1001);
    expect(texts(synth)).toEqual(['First one.', 'Second one?']);
    expect(synth.pending).toBe(false);
    await vi.advanceTimersByTimeAsync(SENTENCE);
    expect(texts(synth)).toEqual(['First one.', 'Second one?', 'Third one!']);
    expect(calls).toEqual(['started English (America) espeak-ng']);

    await vi.advanceTimersByTimeAsync(SENTENCE);
    expect(calls).toEqual(['started English (America) espeak-ng', 'ended']);
  });

  it('reports started before ended when the engine fires no start event', async () => {
    const { calls, listener } = recorder();
    createBrowserSpeech(engine({ startEvent: false })).speak('One. Two.', english, listener);
    await vi.advanceTimersByTimeAsync(FIRST_START + 2 * SENTENCE);
    expect(calls).toEqual(['started English (America) espeak-ng', 'ended']);
  });

  it('reports a blank text as spoken at once', async () => {
    const synth = engine();
    const { calls, listener } = recorder();
    createBrowserSpeech(synth).speak('  ', english, listener);
    await vi.advanceTimersByTimeAsync(1600);
    expect(calls).toEqual(['started English (America) espeak-ng', 'ended']);
    expect(synth.spoken).toEqual([]);
  });

  it('stops mid-way on cancel, with no listener call and no further sentence', async () => {
    const synth = engine();
    const { calls, listener } = recorder();
    const handle = createBrowserSpeech(synth).speak('First one. Second one.', english, listener);
    await vi.advanceTimersByTimeAsync(FIRST_START + 300);
    handle.cancel();
    handle.cancel();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(synth.cancelCalls).toBe(1);
    expect(texts(synth)).toEqual(['First one.']);
    expect(calls).toEqual(['started English (America) espeak-ng']);
  });

  it('never speaks when cancelled while the voices are loading, and leaves the engine alone', async () => {
    const synth = engine();
    const { calls, listener } = recorder();
    const handle = createBrowserSpeech(synth).speak('Hello.', english, listener);
    await vi.advanceTimersByTimeAsync(100);
    handle.cancel();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(synth.spoken).toEqual([]);
    expect(synth.cancelCalls).toBe(0);
    expect(calls).toEqual([]);
  });

  it('does not touch the engine when cancelled after the end', async () => {
    const synth = engine();
    const { calls, listener } = recorder();
    const handle = createBrowserSpeech(synth).speak('Hello.', english, listener);
    await vi.advanceTimersByTimeAsync(FIRST_START + SENTENCE);
    expect(calls).toEqual(['started English (America) espeak-ng', 'ended']);
    handle.cancel();
    expect(synth.cancelCalls).toBe(0);
  });

  it('fails with no-voice when no voice speaks the language', async () => {
    const synth = engine();
    const { calls, listener } = recorder();
    createBrowserSpeech(synth).speak('こんにちは。', { ...english, lang: 'ja-JP' }, listener);
    await vi.advanceTimersByTimeAsync(1600);
    expect(calls).toEqual(['failed no-voice']);
    expect(synth.spoken).toEqual([]);
  });

  it('fails with no-voice when the engine has no voices at all', async () => {
    const { calls, listener } = recorder();
    createBrowserSpeech(engine({ voices: [] })).speak('Hello.', english, listener);
    await vi.advanceTimersByTimeAsync(2999);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual(['failed no-voice']);
  });

  it('fails with synthesis-failed when the engine reports an error', async () => {
    const synth = engine();
    const { calls, listener } = recorder();
    synth.failNext('synthesis-failed');
    createBrowserSpeech(synth).speak('One. Two.', english, listener);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toEqual(['failed synthesis-failed']);
    expect(texts(synth)).toEqual(['One.']);
  });

  it.each(['audio-busy', 'interrupted'] as const)(
    'fails with synthesis-failed on a %s error it did not cause, and speaks no further',
    async (error) => {
      const synth = engine();
      const { calls, listener } = recorder();
      createBrowserSpeech(synth).speak('One. Two.', english, listener);
      await vi.advanceTimersByTimeAsync(FIRST_START + 300);
      synth.breakDown(error);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(calls).toEqual(['started English (America) espeak-ng', 'failed synthesis-failed']);
      expect(texts(synth)).toEqual(['One.']);
    },
  );

  it('cancels the text still being spoken when asked to speak another', async () => {
    const synth = engine();
    const speech = createBrowserSpeech(synth);
    const older = recorder();
    const newer = recorder();
    speech.speak('Old one. Old two.', english, older.listener);
    await vi.advanceTimersByTimeAsync(FIRST_START + 300);
    speech.speak('New one.', german, newer.listener);
    expect(synth.cancelCalls).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(older.calls).toEqual(['started English (America) espeak-ng']);
    expect(newer.calls).toEqual(['started German espeak-ng', 'ended']);
    expect(texts(synth)).toEqual(['Old one.', 'New one.']);
  });

  it('drops a text still waiting for voices when asked to speak another', async () => {
    const synth = engine();
    const speech = createBrowserSpeech(synth);
    const older = recorder();
    const newer = recorder();
    speech.speak('Old.', english, older.listener);
    await vi.advanceTimersByTimeAsync(100);
    speech.speak('New.', english, newer.listener);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(synth.cancelCalls).toBe(0);
    expect(older.calls).toEqual([]);
    expect(newer.calls).toEqual(['started English (America) espeak-ng', 'ended']);
    expect(texts(synth)).toEqual(['New.']);
  });
});

describe('on WebKit, which never ends an utterance spoken inside an end handler and ends some twice', () => {
  it('speaks every sentence to the end, reporting ended once', async () => {
    const synth = engine({ webkit: true });
    const { calls, listener } = recorder();
    createBrowserSpeech(synth).speak('First one. Second one. Third one.', english, listener);
    await vi.advanceTimersByTimeAsync(FIRST_START + 3 * SENTENCE);
    expect(texts(synth)).toEqual(['First one.', 'Second one.', 'Third one.']);
    expect(calls).toEqual(['started English (America) espeak-ng', 'ended']);
  });

  it('ends a text spoken by the listener of the one before', async () => {
    const synth = engine({ webkit: true });
    const speech = createBrowserSpeech(synth);
    const second = recorder();
    speech.speak('Question.', english, {
      ...recorder().listener,
      ended: () => {
        speech.speak('Follow-up.', english, second.listener);
      },
    });
    await vi.advanceTimersByTimeAsync(FIRST_START + 2 * SENTENCE);
    expect(texts(synth)).toEqual(['Question.', 'Follow-up.']);
    expect(second.calls).toEqual(['started English (America) espeak-ng', 'ended']);
  });

  it('stops on cancel between the end of a sentence and the next', async () => {
    const synth = engine({ webkit: true });
    const { calls, listener } = recorder();
    const handle = createBrowserSpeech(synth).speak('First one. Second one.', english, listener);
    await vi.advanceTimersByTimeAsync(FIRST_START + 999);
    // Only the first sentence's end: the next one is not spoken yet.
    vi.advanceTimersToNextTimer();
    handle.cancel();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(texts(synth)).toEqual(['First one.']);
    expect(calls).toEqual(['started English (America) espeak-ng']);
  });
});

describe('without speechSynthesis', () => {
  it('fails every text as unsupported, after speak returns', async () => {
    expect('speechSynthesis' in globalThis).toBe(false);
    const speech = createBrowserSpeech();
    const { calls, listener } = recorder();
    speech.speak('Hello.', english, listener);
    expect(calls).toEqual([]);
    await Promise.resolve();
    expect(calls).toEqual(['failed unsupported']);
  });

  it('stays silent when cancelled before the failure is reported', async () => {
    const { calls, listener } = recorder();
    createBrowserSpeech(undefined).speak('Hello.', english, listener).cancel();
    await Promise.resolve();
    expect(calls).toEqual([]);
  });

  it('has no voices', async () => {
    await expect(createBrowserSpeech(undefined).voices()).resolves.toEqual([]);
  });
});
