// Plays the microphone's faults in real Chromium: every stream the app gets is kept, so a test can make
// its device go away as an unplugged one does.
import type { BrowserContext, Page } from 'playwright-core';

interface TestWindow {
  __vivaMicrophoneStreams?: MediaStream[];
  /** The DOMException name the next getUserMedia rejects with, once. */
  __vivaRefuseNextMicrophone?: string | undefined;
}

/**
 * Keeps every stream getUserMedia gives the page (or every page of a context), from before the app's own
 * scripts run, and lets the test make the next request fail.
 */
export async function captureMicrophoneStreams(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    const testWindow = window as TestWindow;
    const streams: MediaStream[] = [];
    testWindow.__vivaMicrophoneStreams = streams;
    const devices = navigator.mediaDevices;
    const getUserMedia = devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints) => {
      const refusal = testWindow.__vivaRefuseNextMicrophone;
      if (refusal !== undefined) {
        testWindow.__vivaRefuseNextMicrophone = undefined;
        throw new DOMException('Refused by the test.', refusal);
      }
      const stream = await getUserMedia(constraints);
      streams.push(stream);
      return stream;
    };
  });
}

/**
 * How many microphone tracks the page opened, and how many of them are still live: the browser's
 * recording indicator goes off only once the app has stopped them all.
 */
export async function microphoneTracks(page: Page): Promise<{ opened: number; live: number }> {
  return page.evaluate(() => {
    const streams = (window as TestWindow).__vivaMicrophoneStreams ?? [];
    const tracks = streams.flatMap((stream) => stream.getAudioTracks());
    return { opened: tracks.length, live: tracks.filter((track) => track.readyState === 'live').length };
  });
}

/** How many streams the app was given so far: one per successful open or reopen. */
export async function microphoneStreamCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as TestWindow).__vivaMicrophoneStreams?.length ?? 0);
}

/**
 * The next request for the microphone fails with the DOMException `name`, as getUserMedia does while
 * the device is still unplugged ('NotFoundError'). Only the first capture could be made to fail for real.
 */
export async function refuseNextMicrophoneRequest(page: Page, name: string): Promise<void> {
  await page.evaluate((refusal) => {
    (window as TestWindow).__vivaRefuseNextMicrophone = refusal;
  }, name);
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
