// EBML, the binary layout of WebM: every element is an ID, a size and that many bytes of data. IDs and
// sizes are variable-length integers whose first byte's leading zeros say how many bytes follow.

/** Where one element sits in a byte array. */
export interface ElementHeader {
  /** The ID with its length marker kept, as specifications write it (Segment is 0x18538067). */
  readonly id: number;
  /** Where the element (its ID) starts. */
  readonly start: number;
  /** Where the size field starts, right after the ID. */
  readonly sizeStart: number;
  /** Where the data starts, right after the size field. */
  readonly dataStart: number;
  /** Undefined when the size is "unknown" (all value bits set), as live recorders write open elements. */
  readonly size: number | undefined;
}

/** The number of bytes of a variable-length integer, from its first byte; 0 when the byte starts none. */
function lengthOf(firstByte: number): number {
  for (let length = 1; length <= 8; length++) if (firstByte & (0x100 >> length)) return length;
  return 0;
}

/** The big-endian unsigned integer in `length` bytes; exact up to 2^53, which every real size is below. */
export function readUnsigned(bytes: Uint8Array, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) value = value * 256 + (bytes[i] ?? 0);
  return value;
}

/** Reads the element header at `start`, or undefined when the bytes there are not one or are cut short. */
export function readElementHeader(bytes: Uint8Array, start: number): ElementHeader | undefined {
  const idLength = lengthOf(bytes[start] ?? 0);
  // WebM's EBML header declares IDs of at most 4 bytes.
  if (idLength === 0 || idLength > 4) return undefined;
  const sizeStart = start + idLength;
  const sizeLength = lengthOf(bytes[sizeStart] ?? 0);
  const dataStart = sizeStart + sizeLength;
  if (sizeLength === 0 || dataStart > bytes.length) return undefined;

  const id = readUnsigned(bytes, start, idLength);
  const valueBits = 0xff >> sizeLength;
  const firstValue = (bytes[sizeStart] ?? 0) & valueBits;
  const unknown =
    firstValue === valueBits && bytes.subarray(sizeStart + 1, dataStart).every((byte) => byte === 0xff);
  if (unknown) return { id, start, sizeStart, dataStart, size: undefined };
  const size = firstValue * 256 ** (sizeLength - 1) + readUnsigned(bytes, sizeStart + 1, sizeLength - 1);
  if (!Number.isSafeInteger(size)) return undefined;
  return { id, start, sizeStart, dataStart, size };
}

/**
 * A size field for `size`, at least `minLength` bytes long. The all-ones value of each length means
 * "unknown", so a size takes the next length up when it would spell that.
 */
export function encodeSize(size: number, minLength = 1): Uint8Array<ArrayBuffer> {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`An EBML size cannot be ${size}.`);
  let length = Math.max(1, minLength);
  // A safe integer is below 2^53, so this stops at 8 bytes at the latest.
  while (size >= 2 ** (7 * length) - 1) length++;
  const field = new Uint8Array(length);
  let rest = size;
  for (let i = length - 1; i >= 0; i--) {
    field[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  field[0] = (field[0] ?? 0) | (0x80 >> (length - 1));
  return field;
}

/** One whole element: its ID (with marker, as in `ElementHeader.id`), the shortest size field and the data. */
export function encodeElement(id: number, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const idBytes: number[] = [];
  for (let rest = id; rest > 0; rest = Math.floor(rest / 256)) idBytes.unshift(rest % 256);
  const size = encodeSize(data.length);
  const element = new Uint8Array(idBytes.length + size.length + data.length);
  element.set(idBytes);
  element.set(size, idBytes.length);
  element.set(data, idBytes.length + size.length);
  return element;
}
