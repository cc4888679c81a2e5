// Zips for tests, written with fflate's streaming Zip as the export writes them, and ways to damage them.
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { joinBytes } from '../../typed-arrays.ts';

export interface FixtureFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Deflated when true, stored otherwise. */
  readonly deflate?: boolean;
}

/** A zip of the files, in order. */
export function zipOf(files: readonly FixtureFile[]): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  for (const { name, bytes, deflate = false } of files) {
    const entry = deflate ? new ZipDeflate(name, { level: 1 }) : new ZipPassThrough(name);
    zip.add(entry);
    entry.push(bytes, true);
  }
  zip.end();
  return joinBytes(parts);
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** Fields of one entry's central-directory record, at their offsets in it. */
const directoryFields = { flags: [8, 2], method: [10, 2], crc: [16, 4], size: [24, 4] } as const;

/** A copy of the zip in which the named entry's directory record states other values. */
export function withDirectoryEntry(
  zip: Uint8Array,
  name: string,
  changes: Partial<Record<keyof typeof directoryFields, number>>,
): Uint8Array<ArrayBuffer> {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const encodedName = utf8(name);
  for (let at = 0; at + 46 <= copy.length; at++) {
    const isEntry =
      view.getUint32(at, true) === 0x02014b50 && view.getUint16(at + 28, true) === encodedName.length;
    if (!isEntry || !encodedName.every((byte, i) => copy[at + 46 + i] === byte)) continue;
    for (const [field, value] of Object.entries(changes)) {
      const [offset, length] = directoryFields[field as keyof typeof directoryFields];
      if (length === 2) view.setUint16(at + offset, value, true);
      else view.setUint32(at + offset, value, true);
    }
    return copy;
  }
  throw new Error(`No directory entry ${name} in this zip.`);
}
