import { describe, expect, it } from 'vitest';
import { FakeSpeech } from './fake-speech.ts';
import type { SpeechOptions } from './speech.ts';
import { recorder } from './testing/listener-log.ts';

const english: SpeechOptions = { lang: 'en-US', rate: 1, volume: 1 };

describe('FakeSpeech', () => {
  it('logs what it is asked to speak and lets the test start and end it', () => {
    const speech = new FakeSpeech();
    const { calls, listener } = recorder();
    speech.speak('Guten Tag.', { ...english, lang: 'de-AT' }, listener);
    expect(speech.spoken).toEqual([{ text: 'Guten Tag.', options: { ...english, lang: 'de-AT' } }]);
    expect(speech.current).toMatchObject({ text: 'Guten Tag.', voice: { id: 'fake-de-DE' }, started: false });
    expect(calls).toEqual([]);

    speech.start();
    expect(speech.current?.started).toBe(true);
    speech.end();
    expect(calls).toEqual(['started fake-de-DE', 'ended']);
    expect(speech.current).toBeUndefined();
  });

  it('finishes a text in one call, and lets the listener speak the next one', () => {
    const speech = new FakeSpeech();
    const { calls, listener } = recorder();
    speech.speak('First.', english, {
      ...listener,
      ended: () => speech.speak('Second.', english, listener),
    });
    speech.finish();
    expect(speech.current?.text).toBe('Second.');
    speech.finish();
    expect(calls).toEqual(['started fake-en-US', 'started fake-en-US', 'ended']);
  });

  it('fails the current text with the given reason', () => {
    const speech = new FakeSpeech();
    const { calls, listener } = recorder();
    speech.speak('Hello.', english, listener);
    speech.fail();
    speech.speak('Hello.', english, listener);
    speech.start();
    speech.fail('unsupported');
    expect(calls).toEqual(['failed synthesis-failed', 'started fake-en-US', 'failed unsupported']);
  });

  it('fails a language without a voice with no-voice in a microtask, never inside speak', async () => {
    const speech = new FakeSpeech({ voices: [{ id: 'en', name: 'English', lang: 'en-GB', local: true }] });
    const { calls, listener } = recorder();
    speech.speak('Привет.', { ...english, lang: 'ru-RU' }, listener);
    expect(calls).toEqual([]);
    expect(speech.current).toBeUndefined();
    await Promise.resolve();
    expect(calls).toEqual(['failed no-voice']);
    await expect(speech.voices()).resolves.toHaveLength(1);
  });

  it('counts cancels once each, and a cancelled text hears nothing more', async () => {
    const speech = new FakeSpeech();
    const { calls, listener } = recorder();
    const handle = speech.speak('Hello.', english, listener);
    speech.start();
    handle.cancel();
    handle.cancel();
    speech.speak('Привет.', { ...english, lang: 'ja-JP' }, listener).cancel();
    await Promise.resolve();
    expect(speech.cancelled).toBe(2);
    expect(calls).toEqual(['started fake-en-US']);
    expect(speech.current).toBeUndefined();
  });

  it('replaces the text being spoken by a new one without cancelling it or telling its listener', () => {
    const speech = new FakeSpeech();
    const older = recorder();
    const newer = recorder();
    const handle = speech.speak('Old.', english, older.listener);
    speech.speak('New.', english, newer.listener);
    handle.cancel();
    speech.finish();
    expect(speech.cancelled).toBe(0);
    expect(older.calls).toEqual([]);
    expect(newer.calls).toEqual(['started fake-en-US', 'ended']);
  });

  it('says what the test did wrong when it plays the engine out of turn', () => {
    const speech = new FakeSpeech();
    expect(() => {
      speech.start();
    }).toThrow('FakeSpeech.start(): nothing is being spoken');
    speech.speak('Hello.', english, recorder().listener);
    expect(() => {
      speech.end();
    }).toThrow('call start() first, or finish()');
    speech.start();
    expect(() => {
      speech.start();
    }).toThrow('already started');
  });
});
