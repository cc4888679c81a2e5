// Plays the microphone's faults in real Chromium: every stream the app gets is kept, so a test can make
// its device go away as an unplugged one does.
import type { Page } from 'playwright-core';

interface TestWindow {
  __vivaMicrophoneStreams?: MediaStream[];
}

/** Keeps every stream getUserMedia gives the page, from before the app's own scripts run. */
export async function captureMicrophoneStreams(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const streams: MediaStream[] = [];
    (window as TestWindow).__vivaMicrophoneStreams = streams;
    const devices = navigator.mediaDevices;
    const getUserMedia = devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints) => {
      const stream = await getUserMedia(constraints);
      streams.push(stream);
      return stream;
    };
  });
}

/** How many streams the app was given so far: one per successful open or reopen. */
export async function microphoneStreamCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as TestWindow).__vivaMicrophoneStreams?.length ?? 0);
}

/** The device of the newest stream goes away, as an unplugged microphone does. */
export async function unplugMicrophone(page: Page): Promise<void> {
  await page.evaluate(() => {
    const track = (window as TestWindow).__vivaMicrophoneStreams?.at(-1)?.getAudioTracks()[0];
    if (track === undefined) throw new Error('The app has no microphone stream to unplug.');
    // stop() ends the track, but fires no `ended`: the event is for a source that ends by itself, not for
    // a page that stops its own track. An unplugged device does both, so the event is sent by hand.
    track.stop();
    track.dispatchEvent(new Event('ended'));
  });
}

/** The settings of the newest stream's track: whether echo cancellation and the rest are on. */
export async function microphoneSettings(page: Page): Promise<MediaTrackSettings> {
  return page.evaluate(() => {
    const track = (window as TestWindow).__vivaMicrophoneStreams?.at(-1)?.getAudioTracks()[0];
    if (track === undefined) throw new Error('The app has no microphone stream.');
    return track.getSettings();
  });
}
