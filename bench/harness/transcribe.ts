// The app's own Whisper engine (worker, whisper.cpp, decoding) on files the bench serves: as they are, and
// recorded through WebM/Opus as the app records an answer.
import { decodeSpeech, speechSampleRate } from '../../src/platform/recognition/decode-speech.ts';
import { heardSpeech } from '../../src/insights/voice-activity.ts';
import type { LiveRecognition, RecognitionLanguage } from '../../src/platform/recognition/recognition.ts';
import { startWhisperEngine } from '../../src/platform/recognition/whisper/whisper-engine.ts';
import {
  fetchedBlob,
  transcribeInTurn,
  type TimedTranscript,
} from '../../scripts/transcribe/page/transcribe-in-turn.ts';
import {
  FIXTURE_PATH,
  MODEL_URL,
  type LongAnswerTranscription,
  type TranscribedClip,
  type TranscriptionRun,
} from './api.ts';
import { joinedSpeech, recordAsTheAppDoes } from './record-opus.ts';

const lengthMs = async (audio: Blob): Promise<number> =>
  ((await decodeSpeech(audio)).length / speechSampleRate) * 1000;

function transcribedText({ result }: TimedTranscript, name: string): string {
  if (!result.ok) throw new Error(`${name}: ${result.reason} ${result.detail ?? ''}`);
  return result.words.map((word) => word.text).join(' ');
}

const mostHeap = (transcripts: readonly TimedTranscript[]): number =>
  Math.max(0, ...transcripts.map((transcript) => transcript.heapBytes));

export async function transcribeFiles(
  names: readonly string[],
  language: RecognitionLanguage,
  alsoAsGiven: boolean,
): Promise<TranscriptionRun> {
  const files = await Promise.all(names.map((name) => fetchedBlob(`${FIXTURE_PATH}/${name}`)));
  // Recorded before any transcription, so the worker's threads never starve the recorder.
  const recorded: Blob[] = [];
  for (const file of files) {
    recorded.push(await recordAsTheAppDoes((sampleRate) => joinedSpeech([file], sampleRate, 0)));
  }
  // Each file as it is just before its recording, so that neither way carries the engine's slower start.
  const recordings = recorded.flatMap((recording, index) =>
    alsoAsGiven ? [files[index] ?? new Blob(), recording] : [recording],
  );
  const lengths = await Promise.all(recordings.map(lengthMs));
  const run = await transcribeInTurn(MODEL_URL, recordings, language);
  const perFile = alsoAsGiven ? 2 : 1;
  const clips = run.transcripts.map((transcript, index): TranscribedClip => {
    const name = names[Math.floor(index / perFile)] ?? '';
    return {
      name,
      text: transcribedText(transcript, name),
      audioMs: lengths[index] ?? 0,
      transcribeMs: transcript.transcribeMs,
    };
  });
  const throughOpus = (_: TranscribedClip, index: number): boolean => index % perFile === perFile - 1;
  return {
    loadMs: run.loadMs,
    wav: clips.filter((clip, index) => !throughOpus(clip, index)),
    opus: clips.filter(throughOpus),
    opusBytes: recorded.reduce((sum, recording) => sum + recording.size, 0),
    loadedHeapBytes: run.loadedHeapBytes,
    heapBytes: mostHeap(run.transcripts),
  };
}

export async function transcribeLongAnswer(
  names: readonly string[],
  seconds: number,
  language: RecognitionLanguage,
): Promise<LongAnswerTranscription> {
  const files = await Promise.all(names.map((name) => fetchedBlob(`${FIXTURE_PATH}/${name}`)));
  const lengths = await Promise.all(files.map(lengthMs));
  const joined: number[] = [];
  for (let total = 0; total < seconds * 1000;) {
    const index = joined.length % files.length;
    joined.push(index);
    total += (lengths[index] ?? 0) + 1000;
  }
  // Heard while it is recorded, as the app hears an answer: the engine is loaded first, as an interview's is.
  const engine = await startWhisperEngine(await fetchedBlob(MODEL_URL));
  let live: LiveRecognition | undefined;
  const startedAt = performance.now();
  const answer = await recordAsTheAppDoes(
    (sampleRate) =>
      joinedSpeech(
        joined.map((index) => files[index] ?? new Blob()),
        sampleRate,
      ),
    (track) => {
      live = engine.listen(track, {
        language,
        elapsedMs: () => performance.now() - startedAt,
        paused: () => false,
        heardSpeech,
      });
    },
  );
  const endedAt = performance.now();
  const heardLive = await live?.stop();
  const liveDoneToWordsMs = performance.now() - endedAt;
  engine.dispose();
  if (heardLive === undefined) throw new Error('The engine did not listen to the long answer.');
  const audioMs = await lengthMs(answer);
  const run = await transcribeInTurn(MODEL_URL, [answer], language);
  const [transcript] = run.transcripts;
  if (transcript === undefined) throw new Error('The engine gave no transcript of the long answer.');
  return {
    names: joined.map((index) => names[index] ?? ''),
    audioMs,
    opusBytes: answer.size,
    loadMs: run.loadMs,
    transcribeMs: transcript.transcribeMs,
    text: transcribedText(transcript, 'the long answer'),
    heardLive: {
      doneToWordsMs: liveDoneToWordsMs,
      text: transcribedText({ result: heardLive, transcribeMs: 0, heapBytes: 0 }, 'the long answer, live'),
    },
    loadedHeapBytes: run.loadedHeapBytes,
    heapBytes: transcript.heapBytes,
  };
}
