import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { db } from '../../store/db.ts';
import type { TranscriptRecord } from '../../store/database.ts';
import type { TranscriptionStatus } from '../../transcription/transcribe-answers.ts';
import type { TranscriberState } from '../../transcription/use-session-transcription.ts';
import { TranscriptPanel } from './TranscriptPanel.tsx';

afterEach(() => {
  cleanup();
});

const transcript: TranscriptRecord = {
  answerId: 'a1',
  sessionId: 's1',
  language: 'en',
  words: [
    { text: 'Start', startMs: 0, endMs: 400, confidence: 0.9 },
    { text: 'with', startMs: 400, endMs: 600, confidence: 0.2 },
    { text: 'requirements.', startMs: 65_000, endMs: 66_000, confidence: 0.8 },
  ],
  model: 'ggml-base-q8_0.bin',
  tookMs: 30_000,
  createdAt: 1,
};

function panel(
  options: {
    transcript?: TranscriptRecord;
    status?: TranscriptionStatus;
    notTranscribed?: string;
    transcriber?: TranscriberState;
    playingWord?: number;
  } = {},
) {
  const onSeek = vi.fn();
  const onRetry = vi.fn();
  const onTranscribeAgain = vi.fn();
  render(
    <TranscriptPanel
      transcript={options.transcript}
      status={options.status}
      notTranscribed={options.notTranscribed}
      transcriber={options.transcriber ?? { state: 'ready', model: 'ggml-base-q8_0.bin' }}
      language="en-US"
      label="Question 1"
      playingWord={options.playingWord ?? -1}
      fileName={(extension) => `answer.${extension}`}
      onSeek={onSeek}
      onRetry={onRetry}
      onTranscribeAgain={onTranscribeAgain}
    />,
  );
  const region = within(screen.getByRole('region', { name: 'Transcript: Question 1' }));
  return { region, onSeek, onRetry, onTranscribeAgain };
}

describe('TranscriptPanel', () => {
  it('shows the words, each moving the replay to its start, the played one marked and unsure ones faint', () => {
    const { region, onSeek } = panel({ transcript, playingWord: 2 });
    const words = region.getAllByRole('button', { name: /^(Start|with|requirements\.)$/ });
    expect(words.map((word) => word.textContent)).toEqual(['Start', 'with', 'requirements.']);
    expect(words[2]?.getAttribute('title')).toBe('Go to 1:05');
    expect(words[2]?.getAttribute('aria-current')).toBe('true');
    expect(words[0]?.getAttribute('aria-current')).toBeNull();
    expect(words[1]?.className).toContain('transcript-unsure');
    const last = words.at(-1);
    if (last) fireEvent.click(last);
    expect(onSeek).toHaveBeenCalledWith(65_000);
    expect(region.getByText(/Made on this device by ggml-base-q8_0\.bin/)).toBeTruthy();
    expect(region.getByRole('button', { name: 'Download .vtt' })).toBeTruthy();
  });

  it.each<[string, Parameters<typeof panel>[0], RegExp]>([
    [
      'an answer with no words',
      { transcript: { ...transcript, words: [] } },
      /^No words were heard in this answer\.$/,
    ],
    ['an answer this model cannot do', { notTranscribed: 'The model knows English only.' }, /English only/],
    [
      'no engine for the language',
      {
        transcriber: {
          state: 'no-engine',
          reason: 'No engine for German: choose a Whisper model in Settings.',
        },
      },
      /^No engine for German: choose a Whisper model in Settings\. Open Settings$/,
    ],
    [
      'the model loading',
      { transcriber: { state: 'starting', model: 'm.bin', engine: 'whisper' } },
      /^Loading the speech model m\.bin…$/,
    ],
    [
      'the browser recogniser starting',
      { transcriber: { state: 'starting', model: 'browser on-device (en-US)', engine: 'browser' } },
      /^Starting the browser’s on-device recogniser…$/,
    ],
    ['the answer waiting', { status: { state: 'waiting' } }, /^Waiting to be transcribed…$/],
    [
      'the answer under way',
      { status: { state: 'working', done: 0.42 } },
      /^Transcribing on this device… 42 %$/,
    ],
  ])('says where it stands for %s', (_, options, text) => {
    const { region } = panel(options);
    // The notice may hold a link: its whole text is matched.
    expect(
      region.getByText((_content, element) => element?.tagName === 'P' && text.test(element.textContent)),
    ).toBeTruthy();
  });

  it('transcribes again with the model now chosen, showing the transcript until the new one is made', () => {
    const { region, onTranscribeAgain } = panel({ transcript });
    fireEvent.click(region.getByRole('button', { name: 'Transcribe again with ggml-base-q8_0.bin' }));
    expect(onTranscribeAgain).toHaveBeenCalledOnce();
    cleanup();

    const working = panel({ transcript, status: { state: 'working', done: 0.3 } }).region;
    expect(working.getByText(/^Transcribing again with/).textContent).toBe(
      'Transcribing again with ggml-base-q8_0.bin… 30 %',
    );
    expect(working.getByRole('button', { name: 'Start' })).toBeTruthy();
    expect(working.queryByRole('button', { name: /Transcribe again/ })).toBeNull();
    cleanup();

    // Without a model (or with transcription off) there is nothing to transcribe again with.
    const off = panel({ transcript, transcriber: { state: 'off' } }).region;
    expect(off.queryByRole('button', { name: /Transcribe again/ })).toBeNull();
  });

  it('links to Settings when there is no engine for the language', () => {
    const { region } = panel({ transcriber: { state: 'no-engine', reason: 'No engine for German.' } });
    expect(region.getByRole('link', { name: 'Open Settings' }).getAttribute('href')).toBe('#/settings');
  });

  it.each<[string, Parameters<typeof panel>[0], RegExp]>([
    [
      'the answer failed',
      { status: { state: 'failed', message: 'The recording could not be decoded.' } },
      /could not be decoded/,
    ],
    [
      'the model failed to start',
      { transcriber: { state: 'failed', model: 'm.bin', message: 'not isolated' } },
      /m\.bin could not be started: not isolated/,
    ],
  ])('says why when %s, with a way to try again', (_, options, text) => {
    const { region, onRetry } = panel(options);
    expect(region.getByRole('alert').textContent).toMatch(text);
    fireEvent.click(region.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('corrects the transcript in a box holding its text, and stores the corrected words', async () => {
    await db.transcripts.put(transcript);
    const { region } = panel({ transcript });
    fireEvent.click(region.getByRole('button', { name: 'Correct the transcript' }));
    const box = region.getByRole('textbox', { name: 'Corrected transcript' });
    expect((box as HTMLTextAreaElement).value).toBe('Start with requirements.');
    fireEvent.change(box, { target: { value: 'Start with the requirements.' } });
    fireEvent.click(region.getByRole('button', { name: 'Save corrections' }));
    await waitFor(() => {
      expect(region.queryByRole('textbox')).toBeNull();
    });
    const stored = await db.transcripts.get('a1');
    expect(stored?.correctedWords?.map((word) => word.text)).toEqual([
      'Start',
      'with',
      'the',
      'requirements.',
    ]);
    expect(stored?.words).toEqual(transcript.words);
    await db.transcripts.clear();
  });

  it('says transcription is off, with the way to Settings', () => {
    const { region } = panel({ transcriber: { state: 'off' } });
    expect(region.getByText(/transcription is turned off in/).textContent).toMatch(/No transcript/);
    expect(region.getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe('#/settings');
  });

  it('says the transcript was corrected, and offers to go back to what was heard', () => {
    const { region } = panel({ transcript: { ...transcript, correctedWords: transcript.words } });
    expect(region.getByText(/Corrected by you/)).toBeTruthy();
    expect(region.getByRole('button', { name: 'Back to what was heard' })).toBeTruthy();
    fireEvent.click(region.getByRole('button', { name: 'Correct the transcript' }));
    fireEvent.click(region.getByRole('button', { name: 'Cancel' }));
    expect(region.queryByRole('textbox')).toBeNull();
  });
});
