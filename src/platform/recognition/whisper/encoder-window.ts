/** Whisper hears 16 kHz audio in 20 ms frames: 320 samples each, 1500 (30 s) to its encoder's full window. */
const samplesPerFrame = 320;
const fullWindow = 1500;
/**
 * Frames beyond the audio's own end (5 s): Whisper was trained on 30 s windows padded with silence, and
 * without enough of it after the speech it stops early. With 1.28 s, the end-to-end test's 9 s answer
 * came back without its second sentence in 2 runs of 3; with 5 s, whole in 4 of 4.
 */
const marginFrames = 250;

/**
 * The encoder window for an answer of `sampleCount` samples, in frames: what its length needs, so a 6 s
 * answer costs about a third of a full window, not all of it. 0 (whisper.cpp's full window) for an answer longer
 * than one window, which whisper.cpp transcribes window by window.
 */
export function encoderFrames(sampleCount: number): number {
  const frames = Math.ceil(sampleCount / samplesPerFrame);
  if (frames > fullWindow) return 0;
  return Math.min(fullWindow, frames + marginFrames);
}
