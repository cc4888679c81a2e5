import { runsOf, type Run } from './runs.ts';

/** Milliseconds of audio per min/max pair of the stored peaks (50 pairs a second). */
export const FRAME_MS = 20;

/** How speech is told from the room; every figure is an amplitude 0–1 or a duration in ms. */
export interface VoiceActivityOptions {
  /** Nothing quieter is speech, however silent the room: keeps hiss and digital silence out. */
  readonly minThreshold: number;
  /** The share of frames (0–1) at or below the noise floor: the quietest tenth is the room. */
  readonly floorPercentile: number;
  /** How many times louder than the noise floor speech must be. */
  readonly floorFactor: number;
  /** Speech at least this loud always counts, however high the floor seems. */
  readonly maxThreshold: number;
  /** Silent gaps shorter than this between voiced frames are still talk (between words, stop consonants). */
  readonly bridgeMs: number;
  /** Voiced stretches shorter than this are clicks and knocks, not speech. */
  readonly minSpeechMs: number;
}

/**
 * 0.02 is about −34 dBFS, below quiet speech on a headset yet above the hiss a noise-suppressed input
 * leaves. The 10th percentile is the room in any answer that has think time or breaths, and its peak barely
 * moves from frame to frame (each is the largest of ~960 samples), so 3× (≈ 10 dB) clears it while normal
 * speech sits 20 dB or more above it. An answer spoken without a break has no quiet tenth, so its "floor"
 * is speech itself: capping the threshold at 0.1 (−20 dBFS) keeps such an answer talk; only a room louder
 * than that would be heard as talk. 200 ms bridges the gaps between and within words; the shortest
 * syllables last about 100 ms, a click one or two frames.
 */
export const defaultVoiceActivity: VoiceActivityOptions = {
  minThreshold: 0.02,
  floorPercentile: 0.1,
  floorFactor: 3,
  maxThreshold: 0.1,
  bridgeMs: 200,
  minSpeechMs: 100,
};

const FULL_SCALE = 127;

/** Each frame's amplitude as an integer 0–127: the larger of |min| and |max|, a lone trailing value ignored. */
function frameAmplitudes(peaks: Int8Array): Uint8Array {
  const amplitudes = new Uint8Array(Math.floor(peaks.length / 2));
  for (let frame = 0; frame < amplitudes.length; frame += 1) {
    const low = Math.abs(peaks[2 * frame] ?? 0);
    const high = Math.abs(peaks[2 * frame + 1] ?? 0);
    // −128 fits an Int8Array but is full scale all the same.
    amplitudes[frame] = Math.min(FULL_SCALE, Math.max(low, high));
  }
  return amplitudes;
}

/** The amplitude (0–1) at the given percentile, by nearest rank; amplitudes are integers, so a histogram sorts them. */
function percentileOf(amplitudes: Uint8Array, percentile: number): number {
  const counts = new Uint32Array(FULL_SCALE + 1);
  for (const amplitude of amplitudes) counts[amplitude] = (counts[amplitude] ?? 0) + 1;
  const rank = Math.max(1, Math.ceil(percentile * amplitudes.length));
  let seen = 0;
  for (let amplitude = 0; amplitude <= FULL_SCALE; amplitude += 1) {
    seen += counts[amplitude] ?? 0;
    if (seen >= rank) return amplitude / FULL_SCALE;
  }
  return 0;
}

/** Sets the frames of every run the predicate picks to `value`. */
function fillRuns(flags: Uint8Array, value: 0 | 1, picks: (run: Run) => boolean): void {
  for (const run of runsOf(flags)) if (picks(run)) flags.fill(value, run.start, run.end);
}

/**
 * One flag per 20 ms frame of `peaks` (min, max pairs): 1 where someone is speaking. The threshold adapts
 * to the room: `floorFactor` times its noise floor, between `minThreshold` and `maxThreshold`.
 */
export function voicedFrames(peaks: Int8Array, options: Partial<VoiceActivityOptions> = {}): Uint8Array {
  const settings = { ...defaultVoiceActivity, ...options };
  const amplitudes = frameAmplitudes(peaks);
  const floor = percentileOf(amplitudes, settings.floorPercentile);
  const threshold = Math.max(
    settings.minThreshold,
    Math.min(settings.maxThreshold, floor * settings.floorFactor),
  );
  const flags = amplitudes.map((amplitude) => (amplitude / FULL_SCALE > threshold ? 1 : 0));
  // Bridge first, then drop what is still short: speech that drops out every other frame becomes one
  // stretch instead of many one-frame blips that would all be dropped.
  const bridgeFrames = settings.bridgeMs / FRAME_MS;
  fillRuns(
    flags,
    1,
    (run) => !run.voiced && run.start > 0 && run.end < flags.length && run.end - run.start < bridgeFrames,
  );
  const minSpeechFrames = settings.minSpeechMs / FRAME_MS;
  fillRuns(flags, 0, (run) => run.voiced && run.end - run.start < minSpeechFrames);
  return flags;
}

/**
 * Whether anyone may have spoken in a recording, judged from its peaks: a recording where nobody did is
 * asked of no recogniser. Whisper fed silence invents words ("you" for 10 s of digital silence, measured
 * here). Unlike `voicedFrames`, a loud room is not told from talk here: any
 * 100 ms above −40 dBFS counts (above −34 dBFS whatever the room), since a real answer taken for silence
 * would lose its transcript, while hiss taken for talk costs only the words Whisper invents for it.
 */
export function heardSpeech(peaks: Int8Array): boolean {
  const { minThreshold } = defaultVoiceActivity;
  return voicedFrames(peaks, { minThreshold: minThreshold / 2, maxThreshold: minThreshold }).includes(1);
}
