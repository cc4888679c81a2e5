// Opens a stored answer's waveform two ways: the app's (stored peaks and duration through its own player)
// and wavesurfer.js's default (fetch the whole recording and decode it). Both start from IndexedDB.
import WaveSurfer from 'wavesurfer.js';
import { createWaveformPlayer } from '../../src/platform/waveform/waveform.ts';
import { loadAnswerAudio } from '../../src/store/answer-audio.ts';
import { loadSessionReview } from '../../src/store/review.ts';
import type { OpenedWaveform, StoredAnswerIds } from './api.ts';
import { benchDatabase } from './stored-answer.ts';

/** Whatever a way keeps alive to show the waveform, so the heap measured after it still holds it. */
const kept: unknown[] = [];

function container(): HTMLElement {
  const element = document.getElementById('waveform');
  if (element === null) throw new Error('The harness page has no #waveform.');
  return element;
}

const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });

function canvasesIn(element: HTMLElement): number {
  // wavesurfer draws inside a shadow root of the element it adds to the container.
  return [...element.children].reduce(
    (count, child) => count + (child.shadowRoot?.querySelectorAll('canvas').length ?? 0),
    0,
  );
}

/** Loads the code both ways need before any clock starts, so neither is timed loading modules. */
export async function loadPlayerCode(): Promise<void> {
  await import('../../src/platform/waveform/wavesurfer-player.ts');
}

/** The app's way: the review's read of the session, then its player given the stored peaks and duration. */
export async function openWithStoredPeaks({ sessionId, answerId }: StoredAnswerIds): Promise<OpenedWaveform> {
  const began = performance.now();
  const review = await loadSessionReview(sessionId, benchDatabase);
  const audio = review?.answers.find((answer) => answer.id === answerId)?.audio;
  if (audio === undefined) throw new Error(`Answer ${answerId} has no stored audio.`);
  const player = await createWaveformPlayer(container(), {
    peaks: audio.peaks,
    durationMs: audio.durationMs,
    loadAudio: async () => (await loadAnswerAudio(answerId, benchDatabase)).blob,
  });
  await nextFrame();
  const drawMs = performance.now() - began;
  kept.push(player);
  return { drawMs, canvases: canvasesIn(container()), durationSeconds: player.durationMs / 1000 };
}

/** wavesurfer.js's default way: the whole recording as a URL, which it fetches and decodes to draw. */
export async function openByDecoding({ answerId }: StoredAnswerIds): Promise<OpenedWaveform> {
  const began = performance.now();
  const { blob } = await loadAnswerAudio(answerId, benchDatabase);
  const wavesurfer = WaveSurfer.create({ container: container(), url: URL.createObjectURL(blob) });
  const durationSeconds = await new Promise<number>((resolve, reject) => {
    wavesurfer.once('ready', resolve);
    wavesurfer.once('error', reject);
  });
  await nextFrame();
  const drawMs = performance.now() - began;
  kept.push(wavesurfer);
  return { drawMs, canvases: canvasesIn(container()), durationSeconds };
}
