/** Whisper hears 16 kHz audio in 20 ms frames: 320 samples each, 1500 (30 s) to its encoder's full window. */
const samplesPerFrame = 320;
const fullWindow = 1500;
/**
 * Frames beyond the audio's own end: Whisper was trained on whole 30 s windows and places a phrase's end
 * less surely without some silence after it (1.28 s here, as whisper.cpp's streaming example does).
 */
const marginFrames = 64;

/**
 * The encoder window for an answer of `sampleCount` samples, in frames: what its length needs, so a 6 s
 * answer costs a fifth of a full window, not all of it. 0 (whisper.cpp's full window) for an answer longer
 * than one window, which whisper.cpp transcribes window by window.
 */
export function encoderFrames(sampleCount: number): number {
  const frames = Math.ceil(sampleCount / samplesPerFrame);
  if (frames > fullWindow) return 0;
  return Math.min(fullWindow, frames + marginFrames);
}
