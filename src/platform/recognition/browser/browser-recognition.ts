import type { LanguageAvailability, LanguagePacks, RecognitionEngine } from '../recognition.ts';
import { BrowserEngine, type PlayedAudio } from './browser-engine.ts';
import type { LocalRecogniser } from './recogniser-run.ts';
import { browserLanguageTags } from './browser-words.ts';

/** Chrome's SpeechRecognition with its on-device language packs (Chrome 139+). */
interface RecogniserClass {
  new (): LocalRecogniser;
  available?: (options: { langs: string[]; processLocally: true }) => Promise<string>;
  // Read as unknown: only a plain true counts as installed.
  install?: (options: { langs: string[]; processLocally: true }) => Promise<unknown>;
}

/** The browser's recogniser, only where it has the on-device mode: without it there is no engine here. */
function onDeviceRecogniser(): RecogniserClass | undefined {
  const Recogniser = (globalThis as { SpeechRecognition?: RecogniserClass }).SpeechRecognition;
  if (Recogniser?.available === undefined || Recogniser.install === undefined) return undefined;
  return 'processLocally' in Recogniser.prototype || 'processLocally' in new Recogniser()
    ? Recogniser
    : undefined;
}

const availabilities: Readonly<Record<string, LanguageAvailability>> = {
  available: 'ready',
  downloadable: 'installable',
  downloading: 'installable',
};

/** The browser's on-device language packs: asked and installed through the browser, per language. */
export const browserLanguagePacks: LanguagePacks = {
  async availability(language) {
    const Recogniser = onDeviceRecogniser();
    if (Recogniser?.available === undefined) return 'unavailable';
    try {
      const answer = await Recogniser.available({
        langs: [browserLanguageTags[language]],
        processLocally: true,
      });
      return availabilities[answer] ?? 'unavailable';
    } catch {
      return 'unavailable';
    }
  },
  async install(language) {
    const Recogniser = onDeviceRecogniser();
    if (Recogniser?.install === undefined) return false;
    try {
      return (
        (await Recogniser.install({ langs: [browserLanguageTags[language]], processLocally: true })) === true
      );
    } catch {
      return false;
    }
  },
};

/**
 * Plays a recording through an AudioContext into a track (not to the speakers), in real time: the
 * recogniser listens to it as to a microphone.
 */
async function playIntoTrack(audio: Blob): Promise<PlayedAudio> {
  const context = new AudioContext();
  let buffer: AudioBuffer;
  try {
    buffer = await context.decodeAudioData(await audio.arrayBuffer());
  } catch (error) {
    void context.close();
    throw error;
  }
  const destination = context.createMediaStreamDestination();
  const source = context.createBufferSource();
  source.buffer = buffer;
  source.connect(destination);
  const [track] = destination.stream.getAudioTracks();
  if (track === undefined) throw new Error('the audio gave no track');
  const ended = new Promise<void>((resolve) => {
    source.onended = () => {
      resolve();
    };
  });
  let startedAt: number | undefined;
  let stopped = false;
  return {
    track,
    durationMs: buffer.duration * 1000,
    ended,
    play() {
      startedAt = context.currentTime;
      source.start();
    },
    elapsedMs() {
      return startedAt === undefined ? 0 : Math.min(buffer.duration, context.currentTime - startedAt) * 1000;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      track.stop();
      void context.close();
    },
  };
}

/** The browser's on-device engine; its language packs are checked with `browserLanguagePacks` first. */
export function startBrowserEngine(): RecognitionEngine {
  const Recogniser = onDeviceRecogniser();
  if (Recogniser === undefined) throw new Error('this browser cannot recognise speech on the device');
  return new BrowserEngine(() => new Recogniser(), playIntoTrack);
}
