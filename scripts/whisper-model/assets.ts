/** OpenAI's mel filter bank and tokenizer, read from the files the openai-whisper package ships. */
import { unzipSync } from 'fflate';
import type { WhisperAssets } from './ggml.ts';

/** `mel_80` from whisper/assets/mel_filters.npz: an .npy of little-endian float32, shape (80, 201). */
export function readMelFilters(npz: Uint8Array, key = 'mel_80'): WhisperAssets['melFilters'] {
  const member = unzipSync(npz, { filter: (file) => file.name === `${key}.npy` })[`${key}.npy`];
  if (!member) throw new Error(`mel_filters.npz has no ${key}.npy`);
  const magic = new TextDecoder().decode(member.subarray(1, 6));
  if (member[0] !== 0x93 || magic !== 'NUMPY') throw new Error(`${key}.npy is not a NumPy array file`);
  const view = new DataView(member.buffer, member.byteOffset, member.byteLength);
  const major = member[6];
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const headerStart = major === 1 ? 10 : 12;
  const header = new TextDecoder().decode(member.subarray(headerStart, headerStart + headerLength));
  const shape = /'shape': \((\d+), (\d+)\)/.exec(header);
  if (!header.includes("'descr': '<f4'") || header.includes("'fortran_order': True") || !shape) {
    throw new Error(`${key}.npy: expected a C-ordered float32 matrix, got ${header.trim()}`);
  }
  const rows = Number(shape[1]);
  const columns = Number(shape[2]);
  const start = headerStart + headerLength;
  const data = new Float32Array(member.slice(start, start + rows * columns * 4).buffer);
  if (data.length !== rows * columns)
    throw new Error(`${key}.npy is shorter than its shape ${rows}×${columns}`);
  return { rows, columns, data };
}

/** A .tiktoken file: one `base64-bytes rank` per line; ranks must run 0, 1, 2, … */
export function readTiktoken(text: string): Uint8Array[] {
  const tokens: Uint8Array[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const [encoded, rank] = line.split(' ');
    if (encoded === undefined || Number(rank) !== tokens.length) {
      throw new Error(`tiktoken line ${index + 1}: expected "<base64> ${tokens.length}", got "${line}"`);
    }
    tokens.push(Uint8Array.from(Buffer.from(encoded, 'base64')));
  }
  return tokens;
}
