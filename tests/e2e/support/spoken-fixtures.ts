// Spoken answers for the fake microphone, made with espeak-ng on demand and kept in .e2e-tmp/ (git-ignored)
// instead of committed as binary files.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const CACHE_DIR = resolve(import.meta.dirname, '../../../.e2e-tmp/spoken');

const HOW_TO_GET_ESPEAK =
  'The end-to-end tests make their spoken answers with espeak-ng. Install it:\n' +
  '  sudo apt-get install -y espeak-ng   (Debian/Ubuntu)';

function espeak(args: readonly string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    execFile('espeak-ng', args, { timeout: 30_000 }, (error, _stdout, stderr) => {
      if (error === null) resolvePromise();
      else if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        reject(new Error(`espeak-ng not found on PATH.\n${HOW_TO_GET_ESPEAK}`));
      else reject(new Error(`espeak-ng failed: ${stderr.trim() || error.message}`));
    });
  });
}

/**
 * Returns the absolute path of a WAV of `text` spoken by espeak-ng's `voice` (such as `en-us`, `de`, `ru`),
 * making it on the first call; the file name carries `name` and a hash of text and voice.
 */
export async function spokenWav(name: string, text: string, voice: string): Promise<string> {
  if (!/^[\w-]+$/.test(name)) throw new Error(`Spoken fixture names are letters, digits, - and _: "${name}"`);
  const hash = createHash('sha256')
    .update(JSON.stringify([text, voice]))
    .digest('hex')
    .slice(0, 16);
  const path = resolve(CACHE_DIR, `${name}-${hash}.wav`);
  if (existsSync(path)) return path;

  await mkdir(CACHE_DIR, { recursive: true });
  // Written aside and renamed, so an interrupted run never leaves a half file that later runs would reuse.
  const partial = `${path}.${process.pid}.partial`;
  try {
    // `--` so a text that starts with a dash is spoken rather than read as an option.
    await espeak(['-v', voice, '-w', partial, '--', text]);
    await rename(partial, path);
  } finally {
    await rm(partial, { force: true });
  }
  return path;
}

/**
 * Returns the absolute path of a WAV of `seconds` of digital silence (48 kHz, 16-bit mono), as a muted
 * microphone delivers, making it on the first call.
 */
export async function silentWav(seconds: number): Promise<string> {
  const path = resolve(CACHE_DIR, `silence-${seconds}s.wav`);
  if (existsSync(path)) return path;
  const sampleRate = 48_000;
  const dataBytes = Math.round(seconds * sampleRate) * 2;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16); // format chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28); // bytes per second
  header.writeUInt16LE(2, 32); // bytes per frame
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(dataBytes, 40);
  await mkdir(CACHE_DIR, { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, Buffer.concat([header, Buffer.alloc(dataBytes)]));
  await rename(partial, path);
  return path;
}

/** Duration of a PCM WAV file, from its RIFF header (format and data chunks). */
export async function wavDurationSeconds(path: string): Promise<number> {
  const file = await readFile(path);
  if (file.toString('latin1', 0, 4) !== 'RIFF' || file.toString('latin1', 8, 12) !== 'WAVE') {
    throw new Error(`Not a RIFF WAVE file: ${path}`);
  }
  let byteRate: number | undefined;
  // Chunks follow the 12-byte RIFF header: a 4-byte id, a little-endian size, and the body padded to even.
  let offset = 12;
  while (offset + 8 <= file.length) {
    const id = file.toString('latin1', offset, offset + 4);
    const size = file.readUInt32LE(offset + 4);
    const body = offset + 8;
    // The format chunk: format tag (2 bytes), channels (2), sample rate (4), then bytes per second.
    if (id === 'fmt ') byteRate = file.readUInt32LE(body + 8);
    if (id === 'data') {
      if (byteRate === undefined || byteRate === 0) throw new Error(`WAV data before its format: ${path}`);
      // A WAV written to a pipe states a placeholder size; the bytes actually there are what plays.
      return Math.min(size, file.length - body) / byteRate;
    }
    offset = body + size + (size % 2);
  }
  throw new Error(`WAV file without a data chunk: ${path}`);
}
