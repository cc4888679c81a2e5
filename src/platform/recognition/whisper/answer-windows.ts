/**
 * How an answer heard live is cut into windows that Whisper transcribes one by one while the answer goes on,
 * so that when it ends only its last stretch is left to transcribe. A window is at most 25 s: with the 5 s
 * of silence Whisper is given after the audio (encoder-window.ts) it still fits the model's 30 s. It ends in
 * the quietest moment after its first 15 s, between words, so no word is cut in two.
 */
export const answerWindow = { longestMs: 25_000, shortestMs: 15_000 } as const;

/** The stretch measured for quiet: 200 ms, longer than the gap between two sounds inside a word. */
const quietFrames = 10;
const framesPerSecond = 50;

/**
 * Where the next window ends, as a sample index into `samples` (the answer's audio not transcribed yet, at
 * `sampleRate`): the middle of the quietest 200 ms that ends between 15 s and 25 s in; undefined while the
 * audio is shorter than a whole window, since more may come to cut it at a better place.
 */
export function windowCut(samples: Float32Array, sampleRate: number): number | undefined {
  const frameLength = Math.round(sampleRate / framesPerSecond);
  const longest = Math.floor((answerWindow.longestMs / 1000) * framesPerSecond);
  const shortest = Math.floor((answerWindow.shortestMs / 1000) * framesPerSecond);
  if (samples.length < longest * frameLength) return undefined;
  const energy = (frame: number): number => {
    let sum = 0;
    for (let index = frame * frameLength; index < (frame + 1) * frameLength; index++) {
      const sample = samples[index] ?? 0;
      sum += sample * sample;
    }
    return sum;
  };
  // Sliding sums of `quietFrames` frames; among equally quiet stretches the latest wins, for longer windows.
  let running = 0;
  for (let frame = shortest - quietFrames; frame < shortest; frame++) running += energy(frame);
  let quietest = running;
  let quietestEnd = shortest;
  for (let end = shortest + 1; end <= longest; end++) {
    running += energy(end - 1) - energy(end - 1 - quietFrames);
    if (running <= quietest) {
      quietest = running;
      quietestEnd = end;
    }
  }
  return (quietestEnd - quietFrames / 2) * frameLength;
}

/**
 * The windows of an answer's remaining audio once it has ended: whole windows cut as above while it is
 * longer than one, then the rest. Sample counts, in order; none for no audio.
 */
export function finalWindows(samples: Float32Array, sampleRate: number): number[] {
  const lengths: number[] = [];
  let start = 0;
  for (;;) {
    const cut = windowCut(samples.subarray(start), sampleRate);
    if (cut === undefined) break;
    lengths.push(cut);
    start += cut;
  }
  if (start < samples.length) lengths.push(samples.length - start);
  return lengths;
}
