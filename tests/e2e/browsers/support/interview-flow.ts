// The steps both cross-browser tests take through Viva, each giving back what the user got: the library,
// a four-turn interview in three languages, what was stored, the replay of an answer, and its transcript.
import { speechLogExpressions, type SpokenUtterance } from '../../support/speech-log.ts';
import {
  storedInterviewExpressions,
  type DecodedAnswer,
  type StoredInterview,
} from '../../support/stored-interview.ts';
import type { AppInBrowser } from './app-in-browser.ts';
import { call } from './page-driver.ts';

/** The four-turn script the tests import: English, German (a 4 s limit), Russian, English. */
const SHORT_SCRIPT_ID = 'e2e-short';

/** One turn as the candidate met it: its caption and whether it was spoken or left to be read. */
export interface TurnMet {
  readonly caption: string;
  /** 'spoken': the interviewer spoke, then recording began; 'read': shown as text, with "Start answering". */
  readonly prompt: 'spoken' | 'read';
}

/** Opens the library; gives how many scripts it lists. */
export async function openLibrary(app: AppInBrowser): Promise<number> {
  await app.load('#/');
  return app.waitFor<number>(
    `document.querySelectorAll('[aria-label="Scripts"] article').length`,
    'the library to list its scripts',
  );
}

// Runs in the page: the app's URLs the service worker keeps for offline use, once it is ready.
async function precachedUrls(): Promise<string[]> {
  await navigator.serviceWorker.ready;
  const names = (await caches.keys()).filter((name) => name.startsWith('workbox-precache'));
  const requests = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
  return requests.flat().map((request) => new URL(request.url).pathname);
}

/** The paths of the files the app's service worker has precached, once it is installed. */
export async function precachedFiles(app: AppInBrowser): Promise<string[]> {
  return app.driver.evaluate(`(${precachedUrls.toString()})()`);
}

/** Imports a script file through the library's file input and waits for the import to be confirmed. */
export async function importScript(app: AppInBrowser, path: string): Promise<void> {
  await app.driver.setInputFile('input[type=file]', path);
  await app.waitFor(
    `/Imported/.test(document.querySelector('.import-status')?.innerText ?? '')`,
    'the import',
  );
}

const speakerLine = `document.querySelector('.speaker')?.innerText.trim() ?? ''`;

/**
 * Runs the imported short interview with speech on: the microphone check until it hears the microphone,
 * then each turn answered for `answerMs` and ended with Space, up to the summary.
 */
export async function runShortInterview(app: AppInBrowser, answerMs: number): Promise<TurnMet[]> {
  await app.driver.evaluate(speechLogExpressions.install);
  await app.go(`#/interview/imported/${SHORT_SCRIPT_ID}`);
  await app.clickButton('Continue to the microphone check');
  await app.waitForText('We hear you.');
  // As a candidate who checks the voice first. Firefox's voices arrive about 4 s after the page first asks
  // for them, later than the app waits for them: a prompt spoken before then is shown to be read instead.
  await app.waitFor('speechSynthesis.getVoices().length > 0', "the browser's voices");
  await app.clickButton('Play the voice');
  await app.waitForText('Speaking with ');
  await app.clickButton('Start the interview');
  const turns: TurnMet[] = [];
  // Five planned turns; the third is the probe, which an answer of more than a quarter of the question's
  // limit does not need, so it is passed over and no longer counted once the question's answer has ended.
  for (const [turn, of] of [
    [1, 5],
    [2, 5],
    [3, 4],
    [4, 4],
  ] as const) {
    const line = await app.waitFor<string>(
      `document.querySelector('.turn-count')?.innerText.startsWith('Turn ${String(turn)} of ${String(of)}') &&
        ['Your answer is being recorded', 'Read the question'].find((line) => line === ${speakerLine})`,
      `turn ${String(turn)} to be answered or read`,
    );
    const caption = await app.textOf('blockquote');
    if (line === 'Read the question') {
      // Read: Space means "I have read it" and starts the answer.
      await app.press(' ');
      await app.waitFor(
        `${speakerLine} === 'Your answer is being recorded'`,
        `the answer of turn ${String(turn)}`,
      );
    }
    turns.push({ caption, prompt: line === 'Read the question' ? 'read' : 'spoken' });
    await new Promise((resolve) => setTimeout(resolve, answerMs));
    await app.press(' ');
  }
  await app.waitFor(`document.querySelector('h1')?.innerText === 'Interview finished'`, 'the summary');
  return turns;
}

/** What the interview page said about keeping the recordings (its status line above the session). */
export async function keptMessage(app: AppInBrowser): Promise<string> {
  return app.textOf('.interview-page > p.hint[role=status]');
}

/** What History's "Storage on this device" says (open History first). */
export async function storagePanel(app: AppInBrowser): Promise<string> {
  return app.waitFor<string>(
    `document.querySelector('section.storage')?.innerText ?? ''`,
    'the storage panel',
  );
}

/** What the page asked speechSynthesis to say during the interview. */
export async function spokenUtterances(app: AppInBrowser): Promise<SpokenUtterance[]> {
  return app.driver.evaluate(speechLogExpressions.read);
}

/** Every session, answer and chunk in IndexedDB, read in the page. */
export async function readStored(app: AppInBrowser): Promise<StoredInterview> {
  return app.driver.evaluate(storedInterviewExpressions.readAll());
}

/** An answer's stored chunks joined and decoded in the page. */
export async function decodeAnswer(app: AppInBrowser, answerId: string): Promise<DecodedAnswer> {
  return app.driver.evaluate(storedInterviewExpressions.decode(answerId));
}

/** A replayed answer: its waveform's painted pixels and the player's reading once it played a while. */
export interface Replay {
  readonly paintedPixels: number;
  /** The player's "current / total" time after Play, such as "0:01 / 0:02". */
  readonly position: string;
}

// Runs in the page: painted pixels of the first answer's waveform (wavesurfer draws it on canvases inside
// a shadow root within the player's container).
function paintedPixels(): number {
  const container = document.querySelector('.player-waveform');
  const hosts = container === null ? [] : [container, ...container.querySelectorAll('*')];
  const canvases = hosts.flatMap((host) => [...(host.shadowRoot?.querySelectorAll('canvas') ?? [])]);
  let count = 0;
  for (const canvas of canvases) {
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count++;
  }
  return count;
}

/** Opens the review of `sessionId`, waits for the first answer's waveform, plays it and waits for it to move on. */
export async function replayFirstAnswer(app: AppInBrowser, sessionId: string): Promise<Replay> {
  await app.go(`#/session/${sessionId}`);
  await app.waitFor(`document.querySelector('h1')?.innerText.startsWith('Review:')`, 'the review');
  const pixels = await app.waitFor<number>(`(${paintedPixels.toString()})()`, 'the waveform to be drawn');
  await app.clickButton('Play');
  const position = await app.waitFor<string>(
    `(() => { const time = document.querySelector('.player-time')?.innerText ?? '';
      return /^0:0[1-9] \\//.test(time) ? time : ''; })()`,
    'the player to reach its first second',
  );
  return { paintedPixels: pixels, position };
}

const MODEL_INPUT = 'input[aria-label="Whisper model file"]';

/**
 * Chooses a Whisper model file in Settings → Transcripts, as through its file picker; gives what Settings
 * then says ("… is stored: …", or why the model was not stored).
 */
export async function chooseSpeechModel(app: AppInBrowser, path: string): Promise<string> {
  await app.go('#/settings');
  await app.waitFor(
    `document.querySelector(${JSON.stringify(MODEL_INPUT)}) !== null`,
    "Settings' model file",
  );
  await app.driver.setInputFile(MODEL_INPUT, path);
  // Checked and kept in the browser's database: some seconds at most for a model of 80 MB.
  return app.waitFor<string>(
    `[...document.querySelectorAll('p.hint[role=status]')]
      .map((line) => line.innerText)
      .find((line) => / is stored: |Nothing was changed\\./.test(line)) ?? ''`,
    'the model to be stored or refused',
    120_000,
  );
}

/** What the review shows as an answer's transcript once transcription has an outcome. */
export interface TranscriptShown {
  /** All the transcript part says: the words, and by what they were made, or why there are none. */
  readonly said: string;
  /** The transcript's words, joined by spaces; '' when there are none. */
  readonly words: string;
}

// Runs in the page: the transcript part of the answer to `caption` once it shows an outcome (its words, or
// a hint that is not a progress line: why there are none, or what failed), else null.
function transcriptOutcome(caption: string): TranscriptShown | null {
  const answer = [...document.querySelectorAll('section.answer-review')].find(
    (section) => section.querySelector('blockquote.caption')?.textContent === caption,
  );
  const panel = answer?.querySelector<HTMLElement>('section.transcript');
  if (panel === null || panel === undefined) return null;
  const words = [...panel.querySelectorAll('.transcript-word')].map((word) => word.textContent);
  const outcome = [...panel.querySelectorAll('p.hint')].some(
    (hint) => hint.getAttribute('role') !== 'status',
  );
  return words.length > 0 || outcome ? { said: panel.innerText, words: words.join(' ') } : null;
}

/**
 * Opens the review of `sessionId` and waits for the transcript of the answer to `caption`, whichever its
 * outcome (so that a failure shows the app's own message), made there or already by the queue's background run.
 */
export async function reviewTranscript(
  app: AppInBrowser,
  sessionId: string,
  caption: string,
  timeoutMs: number,
): Promise<TranscriptShown> {
  await app.go(`#/session/${sessionId}`);
  await app.waitFor(`document.querySelector('h1')?.innerText.startsWith('Review:')`, 'the review');
  return app.waitFor<TranscriptShown>(
    call(transcriptOutcome, caption),
    `the transcript of "${caption}"`,
    timeoutMs,
  );
}
