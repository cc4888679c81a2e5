// The benchmark harness: the app's own modules, offered to the bench (bench/*.measure.ts) on window.
import { FIXTURE_PATH, HARNESS_GLOBAL, type BenchHarness, type LongAnswerFigures } from './api.ts';
import { measureDeadlineLateness } from './deadlines.ts';
import { loadWhisper, stopWhisper, transcribeWithLoadedWhisper } from './loaded-engine.ts';
import { makeLongAnswer } from './long-answer.ts';
import { loadPlayerCode, openByDecoding, openWithStoredPeaks } from './replay.ts';
import { storeLongAnswer } from './stored-answer.ts';
import { transcribeFiles, transcribeLongAnswer } from './transcribe.ts';

async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url} failed: HTTP ${response.status}`);
  return response;
}

const harness: BenchHarness = {
  async makeLongAnswer(seconds) {
    const { bytes, peaks, ...figures } = await makeLongAnswer(`${FIXTURE_PATH}/speech.wav`, seconds);
    await fetchOk(`${FIXTURE_PATH}/long-answer.webm`, { method: 'PUT', body: bytes });
    return { ...figures, peaks: Array.from(peaks) };
  },
  async storeLongAnswer() {
    const [bytes, figures] = await Promise.all([
      fetchOk(`${FIXTURE_PATH}/long-answer.webm`).then((response) => response.arrayBuffer()),
      fetchOk(`${FIXTURE_PATH}/long-answer.json`).then(
        (response) => response.json() as Promise<LongAnswerFigures>,
      ),
    ]);
    return storeLongAnswer({
      ...figures,
      bytes: new Uint8Array(bytes),
      peaks: Int8Array.from(figures.peaks),
    });
  },
  loadPlayerCode,
  openWithStoredPeaks,
  openByDecoding,
  measureDeadlineLateness,
  transcribeFiles,
  transcribeLongAnswer,
  loadWhisper,
  transcribeWithLoadedWhisper,
  stopWhisper,
};

Object.defineProperty(window, HARNESS_GLOBAL, { value: harness });
