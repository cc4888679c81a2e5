import { afterEach, describe, expect, it, vi } from 'vitest';
import { BrowserEngine, type PlayedAudio } from './browser-engine.ts';
import { recogniserPatienceMs, type LocalRecogniser } from './recogniser-run.ts';
import { FakeMediaStreamTrack } from '../../microphone/testing/fake-media-stream.ts';
import type { ResultsEvent } from './browser-words.ts';

const track = { kind: 'audio', readyState: 'live' } as MediaStreamTrack;

/** A copy of the microphone's track, as a live recogniser is given: it must be stopped once it is done with. */
function liveTrack(): { readonly fake: FakeMediaStreamTrack; readonly track: MediaStreamTrack } {
  const fake = new FakeMediaStreamTrack('Copy of the microphone');
  return { fake, track: fake as unknown as MediaStreamTrack };
}

/** A recording of `durationMs` whose playing time the test moves on by hand. */
class FakeAudio implements PlayedAudio {
  readonly track = track;
  playing = false;
  stopped = false;
  private at = 0;
  private end: () => void = () => undefined;
  readonly ended = new Promise<void>((resolve) => {
    this.end = resolve;
  });
  constructor(readonly durationMs: number) {}
  play(): void {
    this.playing = true;
  }
  elapsedMs(): number {
    return this.at;
  }
  stop(): void {
    this.stopped = true;
  }
  /** Plays on to `ms`, and to the end when it is reached. */
  playTo(ms: number): void {
    this.at = ms;
    if (ms >= this.durationMs) this.end();
  }
}

/** A stand-in for the browser's recogniser: the test says what it hears and when it ends. */
class FakeRecogniser implements LocalRecogniser {
  lang = '';
  continuous = false;
  interimResults = true;
  maxAlternatives = 5;
  processLocally = false;
  onstart: (() => void) | null = null;
  onresult: ((event: ResultsEvent) => void) | null = null;
  onerror: ((event: { error: string; message?: string }) => void) | null = null;
  onend: (() => void) | null = null;
  heardTrack: MediaStreamTrack | undefined;
  /** The settings it had when started: on-device mode must be on before it starts. */
  startedWith: { processLocally: boolean; lang: string } | undefined;
  calls: string[] = [];
  start(heard: MediaStreamTrack): void {
    this.heardTrack = heard;
    this.startedWith = { processLocally: this.processLocally, lang: this.lang };
    queueMicrotask(() => this.onstart?.());
  }
  /** Asked to stop: the real one still sends what it holds, then ends (`end`). */
  stop(): void {
    this.calls.push('stop');
  }
  end(): void {
    this.onend?.();
  }
  abort(): void {
    this.calls.push('abort');
    queueMicrotask(() => this.onend?.());
  }
  say(transcript: string, confidence = 0.9): void {
    const result = Object.assign([{ transcript, confidence }], { isFinal: true });
    this.onresult?.({ resultIndex: 0, results: [result] });
  }
  fail(error: string): void {
    this.onerror?.({ error });
    this.onend?.();
  }
}

function engineWith(recogniser: LocalRecogniser, audio: FakeAudio | Error) {
  return new BrowserEngine(
    () => recogniser,
    () => (audio instanceof Error ? Promise.reject(audio) : Promise.resolve(audio)),
  );
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('BrowserEngine', () => {
  it('listens on the device to the played recording and times the phrases by their arrival', async () => {
    const recogniser = new FakeRecogniser();
    const audio = new FakeAudio(3000);
    const result = engineWith(recogniser, audio).transcribe(new Blob(['x']), { language: 'de' });
    await tick();
    expect(recogniser.startedWith).toEqual({ processLocally: true, lang: 'de-DE' });
    expect(recogniser.heardTrack).toBe(track);
    expect([recogniser.continuous, recogniser.interimResults, audio.playing]).toEqual([true, false, true]);
    audio.playTo(1000);
    recogniser.say('guten Tag', 0.8);
    audio.playTo(3000);
    await tick();
    expect(recogniser.calls).toEqual(['stop']);
    recogniser.say('zusammen');
    recogniser.end();
    expect(await result).toEqual({
      ok: true,
      words: [
        { text: 'guten', startMs: 0, endMs: 625, confidence: 0.8 },
        { text: 'Tag', startMs: 625, endMs: 1000, confidence: 0.8 },
        { text: 'zusammen', startMs: 1000, endMs: 3000, confidence: 0.9 },
      ],
    });
    expect(audio.stopped).toBe(true);
  });

  it('says plainly that a language pack is missing', async () => {
    const recogniser = new FakeRecogniser();
    const result = engineWith(recogniser, new FakeAudio(1000)).transcribe(new Blob(['x']), {
      language: 'ru',
    });
    await tick();
    recogniser.fail('language-not-supported');
    expect(await result).toEqual({
      ok: false,
      reason: 'engine-failed',
      detail:
        "the browser's Russian language pack (ru-RU) is not installed on this device; install it in Settings → Transcripts",
    });
  });

  it('takes no speech for a silent answer, and other errors as failures with their text', async () => {
    const silent = new FakeRecogniser();
    const none = engineWith(silent, new FakeAudio(1000)).transcribe(new Blob(['x']), { language: 'en' });
    await tick();
    silent.fail('no-speech');
    expect(await none).toEqual({ ok: true, words: [] });
    const broken = new FakeRecogniser();
    const failed = engineWith(broken, new FakeAudio(1000)).transcribe(new Blob(['x']), { language: 'en' });
    await tick();
    broken.fail('audio-capture');
    expect(await failed).toEqual({ ok: false, reason: 'engine-failed', detail: 'audio-capture' });
  });

  it('stops the recogniser and the audio when the signal aborts', async () => {
    const recogniser = new FakeRecogniser();
    const audio = new FakeAudio(5000);
    const controller = new AbortController();
    const result = engineWith(recogniser, audio).transcribe(new Blob(['x']), {
      language: 'en',
      signal: controller.signal,
    });
    await tick();
    controller.abort();
    expect(await result).toEqual({ ok: false, reason: 'cancelled' });
    expect(recogniser.calls).toEqual(['abort']);
    expect(audio.stopped).toBe(true);
  });

  it('refuses a recogniser without on-device mode rather than start it', async () => {
    let started = false;
    // A recogniser of a browser that has only the server mode: no processLocally at all.
    const serverOnly = {
      start: () => {
        started = true;
      },
    } as unknown as LocalRecogniser;
    const audio = new FakeAudio(1000);
    const result = await engineWith(serverOnly, audio).transcribe(new Blob(['x']), { language: 'en' });
    expect(result).toEqual({
      ok: false,
      reason: 'engine-failed',
      detail: 'this browser cannot recognise speech on the device',
    });
    expect([started, audio.stopped]).toEqual([false, true]);
  });

  it('reports a recording it cannot decode', async () => {
    const result = await engineWith(new FakeRecogniser(), new Error('bad webm')).transcribe(new Blob(['x']), {
      language: 'en',
    });
    expect(result).toEqual({ ok: false, reason: 'undecodable', detail: 'Error: bad webm' });
  });

  describe('listening while the answer is recorded', () => {
    it("times the phrases by the answer's clock and gives what it still held once stopped", async () => {
      const recogniser = new FakeRecogniser();
      const { fake, track: heard } = liveTrack();
      let answerMs = 0;
      const live = engineWith(recogniser, new FakeAudio(0)).listen(heard, {
        language: 'ru',
        elapsedMs: () => answerMs,
        paused: () => false,
        heardSpeech: () => true,
      });
      await tick();
      expect(recogniser.startedWith).toEqual({ processLocally: true, lang: 'ru-RU' });
      expect(recogniser.heardTrack).toBe(heard);
      answerMs = 2000;
      recogniser.say('добрый день');
      answerMs = 3000;
      const result = live.stop();
      expect(recogniser.calls).toEqual(['stop']);
      // A phrase that arrives after the answer ended belongs to its end.
      answerMs = 3500;
      recogniser.say('всем');
      recogniser.end();
      expect(await result).toEqual({
        ok: true,
        words: [
          { text: 'добрый', startMs: 0, endMs: 1200, confidence: 0.9 },
          { text: 'день', startMs: 1200, endMs: 2000, confidence: 0.9 },
          { text: 'всем', startMs: 2000, endMs: 3000, confidence: 0.9 },
        ],
      });
      expect(fake.readyState).toBe('ended');
    });

    it('cancels at once, and frees the track, even when the recogniser never ends', async () => {
      const recogniser = new FakeRecogniser();
      recogniser.abort = () => {
        recogniser.calls.push('abort');
      };
      const { fake, track: heard } = liveTrack();
      const live = engineWith(recogniser, new FakeAudio(0)).listen(heard, {
        language: 'en',
        elapsedMs: () => 1000,
        paused: () => false,
        heardSpeech: () => true,
      });
      await tick();
      live.cancel();
      expect(await live.stop()).toEqual({ ok: false, reason: 'cancelled' });
      expect(recogniser.calls).toEqual(['abort']);
      expect(fake.readyState).toBe('ended');
    });

    it('refuses a recogniser without on-device mode, and frees the track', async () => {
      const { fake, track: heard } = liveTrack();
      const serverOnly = { start: () => undefined } as unknown as LocalRecogniser;
      const live = engineWith(serverOnly, new FakeAudio(0)).listen(heard, {
        language: 'en',
        elapsedMs: () => 0,
        paused: () => false,
        heardSpeech: () => true,
      });
      expect(await live.stop()).toMatchObject({ ok: false, reason: 'engine-failed' });
      expect(fake.readyState).toBe('ended');
    });
  });

  describe('a recogniser that does not answer', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('is given up when it does not start', async () => {
      vi.useFakeTimers();
      const recogniser = new FakeRecogniser();
      recogniser.start = () => undefined;
      const result = engineWith(recogniser, new FakeAudio(1000)).transcribe(new Blob(['x']), {
        language: 'en',
      });
      await vi.advanceTimersByTimeAsync(recogniserPatienceMs);
      expect(await result).toEqual({
        ok: false,
        reason: 'engine-failed',
        detail: 'the browser’s recogniser did not start',
      });
      expect(recogniser.calls).toEqual(['abort']);
    });

    it('keeps what it heard when it does not end after the audio', async () => {
      vi.useFakeTimers();
      const recogniser = new FakeRecogniser();
      const audio = new FakeAudio(2000);
      const result = engineWith(recogniser, audio).transcribe(new Blob(['x']), { language: 'en' });
      await vi.advanceTimersByTimeAsync(0);
      audio.playTo(2000);
      recogniser.say('all done');
      await vi.advanceTimersByTimeAsync(recogniserPatienceMs);
      expect(await result).toMatchObject({ ok: true, words: [{ text: 'all' }, { text: 'done' }] });
    });
  });
});
