import { PeakAccumulator, type PeakBlock } from '../../microphone/peak-accumulator.ts';
import type { LiveRecognition, RecognisedWord, RecognitionResult } from '../recognition.ts';
import type { SpeechTap } from '../speech-tap.ts';
import { answerWindow, finalWindows, windowCut } from './answer-windows.ts';

/** What listening in windows needs from the browser and the engine, so that it can be tested with fakes. */
export interface WindowedListeningDeps {
  /** Starts delivering the live answer's samples (see speech-tap.ts). */
  readonly openTap: (onSamples: (samples: Float32Array) => void) => Promise<SpeechTap>;
  /** Samples at a rate to Whisper's 16 kHz. */
  readonly resample: (samples: Float32Array, sampleRate: number) => Promise<Float32Array<ArrayBuffer>>;
  /**
   * Transcribes one window's 16 kHz samples (the engine runs one at a time); `last` for the windows left
   * when the answer has ended, which no recording waits beside.
   */
  readonly transcribe: (
    samples: Float32Array<ArrayBuffer>,
    last: boolean,
    signal: AbortSignal,
  ) => Promise<RecognitionResult>;
  /** Whether the answer is paused now: what is heard then is not part of it (nor of its recording). */
  readonly paused: () => boolean;
  /** Whether a window's peaks (see RecordedChunk) hold speech: one without is not transcribed. */
  readonly heardSpeech: (peaks: Int8Array) => boolean;
}

/**
 * Transcribes an answer while it is recorded, window by window (answer-windows.ts), so that when it ends
 * only its last stretch is left. Each window's words are timed from the answer's start: the samples heard
 * before them, pauses left out as the recording leaves them out.
 */
export function listenInWindows(deps: WindowedListeningDeps): LiveRecognition {
  const controller = new AbortController();
  let state: 'listening' | 'ended' = 'listening';
  let blocks: Float32Array[] = [];
  let pendingLength = 0;
  /** Samples already sent in windows: where the pending ones start. */
  let sent = 0;
  let sampleRate: number | undefined;
  const windows: Promise<RecognitionResult>[] = [];

  const pending = (): Float32Array => {
    const all = new Float32Array(pendingLength);
    let at = 0;
    for (const block of blocks) {
      all.set(block, at);
      at += block.length;
    }
    return all;
  };

  const send = (window: Float32Array, rate: number, last: boolean): void => {
    const offsetMs = Math.round((sent / rate) * 1000);
    sent += window.length;
    // Whisper writes "Thank you." or "you" for a window nobody spoke in: it is not asked.
    if (!deps.heardSpeech(peaksOf(window, rate))) return;
    windows.push(
      deps
        .resample(window, rate)
        .then((samples) => deps.transcribe(samples, last, controller.signal))
        .then((result): RecognitionResult =>
          result.ok ? { ok: true, words: shifted(result.words, offsetMs) } : result,
        )
        .catch((error: unknown): RecognitionResult => ({
          ok: false,
          reason: 'engine-failed',
          detail: String(error),
        })),
    );
  };

  /** Sends a window as soon as there is a whole one to cut. */
  const sendWhole = (): void => {
    if (sampleRate === undefined || pendingLength < (answerWindow.longestMs / 1000) * sampleRate) return;
    const all = pending();
    const cut = windowCut(all, sampleRate);
    if (cut === undefined) return;
    send(all.subarray(0, cut), sampleRate, false);
    blocks = [all.slice(cut)];
    pendingLength = all.length - cut;
  };

  const tap = deps.openTap((samples) => {
    if (state !== 'listening' || deps.paused()) return;
    blocks.push(samples);
    pendingLength += samples.length;
    sendWhole();
  });
  void tap.then(
    (opened) => {
      sampleRate = opened.sampleRate;
      sendWhole();
    },
    () => undefined,
  );

  return {
    async stop() {
      state = 'ended';
      let rate: number;
      try {
        const opened = await tap;
        // What the worklet still held (under 100 ms) is the answer's last instant, after its last word.
        opened.close();
        rate = opened.sampleRate;
      } catch (error) {
        return { ok: false, reason: 'engine-failed', detail: String(error) };
      }
      const all = pending();
      let start = 0;
      for (const length of finalWindows(all, rate)) {
        send(all.subarray(start, start + length), rate, true);
        start += length;
      }
      const results = await Promise.all(windows);
      const failed = results.find((result) => !result.ok);
      if (failed !== undefined) return failed;
      return { ok: true, words: results.flatMap((result) => (result.ok ? result.words : [])) };
    },
    cancel() {
      state = 'ended';
      controller.abort();
      void tap.then(
        (opened) => {
          opened.close();
        },
        () => undefined,
      );
    },
  };
}

/** A window's waveform peaks, as the microphone makes them for a recording's chunks. */
function peaksOf(samples: Float32Array, sampleRate: number): Int8Array {
  const peaks: number[] = [];
  const accumulator = new PeakAccumulator(sampleRate);
  const keep = ({ min, max }: PeakBlock): void => {
    peaks.push(min, max);
  };
  accumulator.add(samples, keep);
  accumulator.flush(keep);
  return Int8Array.from(peaks);
}

function shifted(words: readonly RecognisedWord[], offsetMs: number): RecognisedWord[] {
  return words.map((word) => ({
    ...word,
    startMs: word.startMs + offsetMs,
    endMs: word.endMs + offsetMs,
  }));
}
