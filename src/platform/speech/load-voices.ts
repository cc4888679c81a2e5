/**
 * The engine's voices once it has them. Chromium returns none at first and loads them in the background
 * (about 1.5 s on Linux); some engines announce that with `voiceschanged`, others never do, so the list
 * is also polled every `pollMs`. Resolves with whatever there is, maybe nothing, after `timeoutMs`.
 */
export function loadVoices(
  synth: SpeechSynthesis,
  timeoutMs: number,
  pollMs: number,
): Promise<SpeechSynthesisVoice[]> {
  return new Promise((resolve) => {
    const initial = synth.getVoices();
    if (initial.length > 0) {
      resolve(initial);
      return;
    }
    const finish = (voices: SpeechSynthesisVoice[]) => {
      clearInterval(poll);
      clearTimeout(timeout);
      synth.removeEventListener('voiceschanged', check);
      resolve(voices);
    };
    const check = () => {
      const voices = synth.getVoices();
      if (voices.length > 0) finish(voices);
    };
    synth.addEventListener('voiceschanged', check);
    const poll = setInterval(check, pollMs);
    const timeout = setTimeout(() => {
      finish(synth.getVoices());
    }, timeoutMs);
  });
}
