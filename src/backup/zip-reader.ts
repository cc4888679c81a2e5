// Reads a zip from its central directory, one entry at a time, straight from the Blob.
// Not fflate's streaming Unzip: the zips fflate's Zip writes put each entry's sizes after its data (a
// data descriptor), and Unzip finds that end by searching the data for ZIP signatures, so any audio that
// happens to contain "PK\x07\x08" is cut short without an error (fflate issues #243, #208). The central
// directory states every size up front; fflate's entry decoders still do the inflating.
import { UnzipInflate, UnzipPassThrough, type UnzipDecoder } from 'fflate';
import { describeBytes } from './byte-size.ts';
import { crc32 } from './crc32.ts';

/** One file in a zip, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated: the two methods this reader accepts. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The uncompressed size the directory states; an entry that expands past it is refused. */
  readonly size: number;
  readonly localHeaderOffset: number;
}

export type ZipRead<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_BYTES = 22;
const DIRECTORY_ENTRY_BYTES = 46;
const LOCAL_HEADER_BYTES = 30;
const MAX_COMMENT_BYTES = 0xffff;
/** A directory of 65 535 entries with 200-character names still fits: more is not a backup's. */
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;
/** How much of the file is read at once. */
const READ_BYTES = 1024 * 1024;
/**
 * How much compressed data the inflater gets at once. DEFLATE expands at most about 1032 times, so one
 * push produces at most about 16 MB before the size check below sees it.
 */
const INFLATE_PIECE_BYTES = 16 * 1024;

const ok = <T>(value: T): ZipRead<T> => ({ ok: true, value });
const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });
const damaged = (detail: string) => fail(`The zip file is damaged: ${detail}.`);

async function bytesOf(file: Blob, start: number, end: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await file.slice(start, end).arrayBuffer());
}

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Every entry of the zip by name, from its central directory; nothing is decompressed. */
export async function readZipDirectory(file: Blob): Promise<ZipRead<ReadonlyMap<string, ZipEntry>>> {
  const tailStart = Math.max(0, file.size - END_RECORD_BYTES - MAX_COMMENT_BYTES);
  const tail = await bytesOf(file, tailStart, file.size);
  const endAt = findEndRecord(tail);
  if (endAt < 0) return fail('This is not a zip file.');

  const end = viewOf(tail.subarray(endAt));
  const entryCount = end.getUint16(10, true);
  const directorySize = end.getUint32(12, true);
  const directoryOffset = end.getUint32(16, true);
  if (end.getUint16(4, true) !== 0 || end.getUint16(6, true) !== 0 || end.getUint16(8, true) !== entryCount) {
    return fail('This zip is split across several files; a Viva backup is one file.');
  }
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    return fail('This zip is in the ZIP64 format, which Viva backups never are.');
  }
  if (directoryOffset + directorySize > tailStart + endAt)
    return damaged('its directory lies outside the file');
  if (directorySize > MAX_DIRECTORY_BYTES) {
    return fail(`This zip's directory is ${describeBytes(directorySize)}; a Viva backup's is far smaller.`);
  }
  return parseDirectory(
    await bytesOf(file, directoryOffset, directoryOffset + directorySize),
    entryCount,
    directoryOffset,
  );
}

/** Where the end-of-central-directory record starts in `tail`, or -1: the last one, whose comment ends the file. */
function findEndRecord(tail: Uint8Array): number {
  const view = viewOf(tail);
  for (let at = tail.length - END_RECORD_BYTES; at >= 0; at--) {
    if (
      view.getUint32(at, true) === END_OF_DIRECTORY &&
      at + END_RECORD_BYTES + view.getUint16(at + 20, true) === tail.length
    ) {
      return at;
    }
  }
  return -1;
}

function parseDirectory(
  directory: Uint8Array,
  entryCount: number,
  directoryOffset: number,
): ZipRead<ReadonlyMap<string, ZipEntry>> {
  const view = viewOf(directory);
  const names = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let index = 0; index < entryCount; index++) {
    if (at + DIRECTORY_ENTRY_BYTES > directory.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      return damaged(`its directory ends after ${index} of ${entryCount} entries`);
    }
    const nameLength = view.getUint16(at + 28, true);
    const next =
      at + DIRECTORY_ENTRY_BYTES + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > directory.length) return damaged(`its directory ends inside entry ${index + 1}`);
    const entry: ZipEntry = {
      name: names.decode(
        directory.subarray(at + DIRECTORY_ENTRY_BYTES, at + DIRECTORY_ENTRY_BYTES + nameLength),
      ),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    if (view.getUint16(at + 8, true) & 1)
      return fail(`${entry.name} in this zip is encrypted; a Viva backup never is.`);
    if (entry.method !== 0 && entry.method !== 8) {
      return fail(
        `${entry.name} in this zip is compressed with method ${entry.method}; only stored and deflated files can be read.`,
      );
    }
    if (entries.has(entry.name)) return damaged(`${entry.name} appears twice`);
    if (entry.localHeaderOffset + LOCAL_HEADER_BYTES + entry.compressedSize > directoryOffset) {
      return damaged(`${entry.name} lies outside the file`);
    }
    entries.set(entry.name, entry);
    at = next;
  }
  return ok(entries);
}

/**
 * One entry's bytes, decompressed a piece at a time and checked against its stated size and checksum.
 * Refused without decompressing anything when the directory states more than `maxBytes`, and stopped as
 * soon as it produces more than stated, so a zip bomb costs at most its stated size in memory.
 */
export async function readZipEntry(
  file: Blob,
  entry: ZipEntry,
  maxBytes: number,
): Promise<ZipRead<Uint8Array<ArrayBuffer>>> {
  const { name, size } = entry;
  if (size > maxBytes) {
    return fail(
      `${name} would be ${describeBytes(size)} uncompressed; at most ${describeBytes(maxBytes)} is accepted.`,
    );
  }
  const local = await bytesOf(file, entry.localHeaderOffset, entry.localHeaderOffset + LOCAL_HEADER_BYTES);
  if (local.length < LOCAL_HEADER_BYTES || viewOf(local).getUint32(0, true) !== LOCAL_HEADER) {
    return damaged(`${name} is not where its directory says`);
  }
  // The local header's own name and extra field lengths, which may differ from the directory's.
  const dataStart =
    entry.localHeaderOffset +
    LOCAL_HEADER_BYTES +
    viewOf(local).getUint16(26, true) +
    viewOf(local).getUint16(28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > file.size) return damaged(`${name} is cut short`);

  // The stated size is within bounds, so the whole entry is allocated once and filled as it inflates.
  // State the decoder's callback changes, in an object so the checks below see its changes.
  const state = { produced: 0, crc: 0, finished: false, problem: undefined as string | undefined };
  const stopped = () => state.problem !== undefined;
  const output = new Uint8Array(size);
  const decoder: UnzipDecoder = entry.method === 8 ? new UnzipInflate() : new UnzipPassThrough();
  decoder.ondata = (error, data, final) => {
    if (stopped()) return;
    if (error) {
      state.problem = `The zip file is damaged: ${name} cannot be decompressed (${error.message}).`;
    } else if (state.produced + data.length > size) {
      state.problem = `${name} expands beyond the ${describeBytes(size)} its zip directory states: the file is damaged or a zip bomb.`;
    } else {
      output.set(data, state.produced);
      state.produced += data.length;
      state.crc = crc32(data, state.crc);
      state.finished = final;
    }
  };

  if (dataEnd === dataStart) decoder.push(new Uint8Array(0), true);
  for (let offset = dataStart; offset < dataEnd && !stopped(); offset += READ_BYTES) {
    const bytes = await bytesOf(file, offset, Math.min(offset + READ_BYTES, dataEnd));
    for (let at = 0; at < bytes.length && !stopped(); at += INFLATE_PIECE_BYTES) {
      const piece = bytes.subarray(at, at + INFLATE_PIECE_BYTES);
      decoder.push(piece, offset + at + piece.length === dataEnd);
    }
  }
  if (state.problem !== undefined) return fail(state.problem);
  if (!state.finished || state.produced !== size)
    return damaged(`${name} is shorter than its directory states`);
  if (state.crc !== entry.crc) return damaged(`${name} does not match its checksum`);
  return ok(output);
}
