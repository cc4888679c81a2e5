import { encodeElement, encodeSize, readElementHeader, readUnsigned, type ElementHeader } from './ebml.ts';
import { joinBytes } from '../typed-arrays.ts';

// Element IDs from the Matroska specification, as WebM uses them.
const EBML_HEADER = 0x1a45dfa3;
const SEGMENT = 0x18538067;
const SEEK_HEAD = 0x114d9b74;
const INFO = 0x1549a966;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;
const CLUSTER = 0x1f43b675;
/** Nanoseconds per timestamp unit when a file states no TimecodeScale: one millisecond. */
const DEFAULT_TIMECODE_SCALE = 1_000_000;

/** Why a file was left as it was: not WebM, no Segment Info before the audio, or an index it would break. */
export type WebmDurationSkip = 'not-webm' | 'no-info' | 'indexed';

export type WebmDurationOutcome =
  | { readonly written: true; readonly bytes: Uint8Array<ArrayBuffer> }
  | { readonly written: false; readonly bytes: Uint8Array<ArrayBuffer>; readonly reason: WebmDurationSkip };

interface SizedElement extends ElementHeader {
  readonly size: number;
}

const endOf = (element: SizedElement) => element.dataStart + element.size;

/**
 * Writes `durationMs` as the Segment Info's Duration, so players show the length of a recording that
 * MediaRecorder wrote live (it never goes back to state one). An existing Duration is replaced.
 * The input is returned unchanged, with the reason, when there is nowhere to write it.
 */
export function writeWebmDuration(bytes: Uint8Array<ArrayBuffer>, durationMs: number): WebmDurationOutcome {
  if (!Number.isFinite(durationMs) || durationMs < 0) {
    throw new RangeError(`A recording cannot last ${durationMs} ms.`);
  }
  const unchanged = (reason: WebmDurationSkip): WebmDurationOutcome => ({ written: false, bytes, reason });

  const header = readElementHeader(bytes, 0);
  if (header?.id !== EBML_HEADER || header.size === undefined) return unchanged('not-webm');
  const segment = readElementHeader(bytes, header.dataStart + header.size);
  if (segment?.id !== SEGMENT) return unchanged('not-webm');
  const found = findInfo(bytes, segment);
  const children = found && childrenOf(bytes, found.info);
  if (!found || !children) return unchanged('no-info');
  const { info, indexed } = found;

  const scaleElement = children.find((child) => child.id === TIMECODE_SCALE);
  const scale =
    scaleElement && scaleElement.size >= 1 && scaleElement.size <= 8
      ? readUnsigned(bytes, scaleElement.dataStart, scaleElement.size)
      : 0;
  const duration = new Uint8Array(8);
  new DataView(duration.buffer).setFloat64(0, (durationMs * 1e6) / (scale || DEFAULT_TIMECODE_SCALE));

  const body = joinBytes([
    ...children
      .filter((child) => child.id !== DURATION)
      .map((child) => bytes.subarray(child.start, endOf(child))),
    encodeElement(DURATION, duration),
  ]);
  // Info keeps the length of its size field where the new size fits, so only what follows Info moves.
  const newInfo = joinBytes([
    bytes.subarray(info.start, info.sizeStart),
    encodeSize(body.length, info.dataStart - info.sizeStart),
    body,
  ]);
  const growth = newInfo.length - (endOf(info) - info.start);
  // A SeekHead holds positions of later elements; moving them would send players to the wrong bytes.
  if (indexed && growth !== 0) return unchanged('indexed');

  const segmentSize =
    segment.size === undefined
      ? bytes.subarray(segment.sizeStart, segment.dataStart)
      : encodeSize(segment.size + growth, segment.dataStart - segment.sizeStart);
  return {
    written: true,
    bytes: joinBytes([
      bytes.subarray(0, segment.sizeStart),
      segmentSize,
      bytes.subarray(segment.dataStart, info.start),
      newInfo,
      bytes.subarray(endOf(info)),
    ]),
  };
}

/** The bytes with `durationMs` written in where they are WebM with a Segment Info; otherwise the bytes as given. */
export function withWebmDuration(
  bytes: Uint8Array<ArrayBuffer>,
  durationMs: number,
): Uint8Array<ArrayBuffer> {
  return writeWebmDuration(bytes, durationMs).bytes;
}

/** The Segment's Info element, which comes before the first Cluster, and whether a SeekHead precedes it. */
function findInfo(
  bytes: Uint8Array,
  segment: ElementHeader,
): { info: SizedElement; indexed: boolean } | undefined {
  // MediaRecorder leaves the Segment's size unknown: it then runs to the end of the bytes.
  const end =
    segment.size === undefined ? bytes.length : Math.min(bytes.length, segment.dataStart + segment.size);
  let indexed = false;
  for (let offset = segment.dataStart; offset < end;) {
    const child = readElementHeader(bytes, offset);
    if (child?.size === undefined || child.id === CLUSTER) return undefined;
    const sized = { ...child, size: child.size };
    if (child.id === INFO) return endOf(sized) <= bytes.length ? { info: sized, indexed } : undefined;
    if (child.id === SEEK_HEAD) indexed = true;
    offset = endOf(sized);
  }
  return undefined;
}

/** The elements inside `parent`, or undefined when one of them does not fit in it. */
function childrenOf(bytes: Uint8Array, parent: SizedElement): SizedElement[] | undefined {
  const children: SizedElement[] = [];
  for (let offset = parent.dataStart; offset < endOf(parent);) {
    const child = readElementHeader(bytes, offset);
    if (child?.size === undefined || child.dataStart + child.size > endOf(parent)) return undefined;
    const sized = { ...child, size: child.size };
    children.push(sized);
    offset = endOf(sized);
  }
  return children;
}
