// `npm run transcribe`: the command line runs Viva's own Whisper worker in headless Chromium on a real
// recording (a LibriVox clip, Debian's pocketsphinx-testdata) and prints its words with their times.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whisperModelPath } from './support/whisper-model.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** "he was not an ill disposed young man", read by a LibriVox volunteer: 3 seconds. */
const CLIP = '/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0880.wav';

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

function transcribe(args: readonly string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      resolve(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/transcribe.ts', ...args],
      { cwd: ROOT, timeout: 540_000 },
      (error, stdout, stderr) => {
        done({ status: error === null ? 0 : Number(error.code ?? 1), stdout, stderr });
      },
    );
  });
}

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word !== '');

describe('npm run transcribe', () => {
  it('prints the words of a recording with their times, and says which file could not be decoded', async () => {
    const model = whisperModelPath();
    const notAudio = join(tmpdir(), `viva-not-audio-${String(process.pid)}.wav`);
    await writeFile(notAudio, 'these bytes are no audio');
    const run = await transcribe([CLIP, notAudio, '--language', 'en', '--model', model, '--json']);

    expect(run.stderr).toContain(`${notAudio}: Chromium cannot decode it as audio`);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n').filter((line) => line.startsWith('{'));
    expect(lines).toHaveLength(1);
    const printed = JSON.parse(lines[0] ?? '{}') as {
      file: string;
      text: string;
      words: { text: string; startMs: number; endMs: number }[];
    };
    expect(printed.file).toBe(CLIP);
    // Tolerant: the key words said, however Whisper spells and punctuates them.
    const heard = wordsOf(printed.text);
    for (const word of ['not', 'young', 'man']) expect(heard).toContain(word);
    expect(printed.words.map((word) => word.text).join(' ')).toBe(printed.text);
    for (const [index, word] of printed.words.entries()) {
      expect(word.endMs).toBeGreaterThanOrEqual(word.startMs);
      expect(word.startMs).toBeGreaterThanOrEqual(printed.words[index - 1]?.startMs ?? 0);
      expect(word.endMs).toBeLessThanOrEqual(3_500);
    }
  }, 600_000);

  it('refuses before starting a browser: a missing file, a language Viva does not transcribe, a missing model', async () => {
    const refusals: [args: string[], says: string][] = [
      [['no-such-answer.webm', '--language', 'en'], 'no such file: no-such-answer.webm'],
      [[CLIP, '--language', 'fr'], 'Viva transcribes en, de, ru, not "fr"'],
      [[CLIP, '--language', 'en', '--model', 'no-such-model.bin'], 'no model at'],
      [[CLIP, '--language', 'en', '--model', CLIP], 'is not a Whisper model'],
    ];
    for (const [args, says] of refusals) {
      const run = await transcribe(args);
      expect(run.stderr).toContain(says);
      expect(run.status).toBe(2);
    }
  }, 60_000);
});
