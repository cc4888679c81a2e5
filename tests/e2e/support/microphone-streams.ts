// Which microphone tracks the app still holds: every stream getUserMedia hands the page is kept, so a
// test can check that the app stopped them (the browser's recording indicator goes off only then).
import type { BrowserContext, Page } from 'playwright-core';

declare global {
  interface Window {
    vivaTestStreams?: MediaStream[];
  }
}

/** Keeps every stream the app's pages get from getUserMedia; call before opening them. */
export async function keepMicrophoneStreams(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const streams: MediaStream[] = [];
    window.vivaTestStreams = streams;
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      streams.push(stream);
      return stream;
    };
  });
}

/** How many microphone tracks the page opened, and how many of them are still live. */
export async function microphoneTracks(page: Page): Promise<{ opened: number; live: number }> {
  return page.evaluate(() => {
    const tracks = (window.vivaTestStreams ?? []).flatMap((stream) => stream.getAudioTracks());
    return { opened: tracks.length, live: tracks.filter((track) => track.readyState === 'live').length };
  });
}
