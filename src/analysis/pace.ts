import type { RecognitionLanguage } from '../platform/recognition/recognition.ts';
import type { TimedWord } from './tokens.ts';

export interface PaceBand {
  readonly min: number;
  readonly max: number;
}

/**
 * Words per minute that sound neither hurried nor slow. English uses the common coaching band. German
 * and Russian say the same in fewer, longer words, so their bands are the English one divided by how many
 * more syllables a word has there: measured on the user's own notes (the seeds) as 1.81 syllables a
 * word in English, 2.08 in German (×1.15) and 2.53 in Russian (×1.40).
 */
export const paceBands: Readonly<Record<RecognitionLanguage, PaceBand>> = {
  en: { min: 130, max: 160 },
  de: { min: 110, max: 140 },
  ru: { min: 95, max: 115 },
};

/** A silence this long is a pause, not part of speaking: the pace counts only the time spent talking. */
const pausingMs = 1000;
/** Below this many words or this much talking, a pace says more about the sample than the speaker. */
const minimumWords = 20;
const minimumSpeakingMs = 10_000;
/** A stretch is too fast when its pace, over this window, runs this far above the band. */
const stretchWindowMs = 10_000;
const stretchExcess = 1.2;

export type PaceVerdict = 'slow' | 'in band' | 'fast' | 'too short to say';

export interface FastStretch {
  readonly startMs: number;
  readonly endMs: number;
  readonly wordsPerMinute: number;
}

export interface Pace {
  readonly words: number;
  /** Time spent talking: from each word to the next unless the gap is a pause of a second or more. */
  readonly speakingMs: number;
  /** Over the speaking time: how fast the candidate talks. */
  readonly wordsPerMinute: number;
  /** Over the whole answer, pauses included: how much gets said in the time. */
  readonly overallWordsPerMinute: number;
  readonly band: PaceBand;
  readonly verdict: PaceVerdict;
  readonly fastStretches: readonly FastStretch[];
}

function speakingTime(words: readonly TimedWord[]): number {
  let total = 0;
  words.forEach((word, index) => {
    total += Math.max(0, word.endMs - word.startMs);
    const next = words[index + 1];
    if (next === undefined) return;
    const gap = next.startMs - word.endMs;
    if (gap > 0 && gap < pausingMs) total += gap;
  });
  return total;
}

function perMinute(count: number, ms: number): number {
  return ms <= 0 ? 0 : count / (ms / 60_000);
}

/** Ten-second stretches well above the band, merged where they overlap: marked on the waveform. */
function fastStretches(words: readonly TimedWord[], band: PaceBand): FastStretch[] {
  const stretches: FastStretch[] = [];
  words.forEach((word, start) => {
    let end = start;
    while ((words[end + 1]?.endMs ?? Infinity) <= word.startMs + stretchWindowMs) end += 1;
    const last = words[end];
    if (last === undefined || last.endMs - word.startMs < stretchWindowMs * 0.8) return;
    const inWindow = words.slice(start, end + 1);
    const rate = perMinute(inWindow.length, speakingTime(inWindow));
    if (rate <= band.max * stretchExcess) return;
    const previous = stretches.at(-1);
    if (previous !== undefined && previous.endMs >= word.startMs)
      stretches[stretches.length - 1] = {
        startMs: previous.startMs,
        endMs: Math.max(previous.endMs, last.endMs),
        wordsPerMinute: Math.max(previous.wordsPerMinute, rate),
      };
    else stretches.push({ startMs: word.startMs, endMs: last.endMs, wordsPerMinute: rate });
  });
  return stretches;
}

/** How fast an answer was spoken, against the band of its language. */
export function paceOf(words: readonly TimedWord[], language: RecognitionLanguage, durationMs: number): Pace {
  const band = paceBands[language];
  const speakingMs = speakingTime(words);
  const wordsPerMinute = perMinute(words.length, speakingMs);
  const verdict: PaceVerdict =
    words.length < minimumWords || speakingMs < minimumSpeakingMs
      ? 'too short to say'
      : wordsPerMinute < band.min
        ? 'slow'
        : wordsPerMinute > band.max
          ? 'fast'
          : 'in band';
  return {
    words: words.length,
    speakingMs,
    wordsPerMinute,
    overallWordsPerMinute: perMinute(words.length, durationMs),
    band,
    verdict,
    fastStretches: fastStretches(words, band),
  };
}
