import type { RecognisedWord } from '../platform/recognition/recognition.ts';

/** A word as compared: lowercase, without the punctuation around it, so "Cache," matches "cache". */
function key(text: string): string {
  return text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Above this many cells the middle of a correction is not aligned with a full table (it would cost tens of
 * megabytes) but by walking both texts, resynchronising within `resyncWords` after each difference.
 */
const maxTableCells = 4_000_000;
const resyncWords = 40;

/**
 * The candidate's corrected text as timed words. Every word also in what was heard (in order) keeps its time
 * and confidence, spelt as the candidate wrote it; new words share the time of the words they replace (or the
 * gap they were put in) evenly, with full confidence, since the candidate vouches for them.
 */
export function correctedWords(heard: readonly RecognisedWord[], text: string): RecognisedWord[] {
  const typed = text.split(/\s+/u).filter((word) => word !== '');
  const pairs = matchedPairs(
    heard.map((word) => key(word.text)),
    typed.map(key),
  );
  const words: RecognisedWord[] = [];
  let heardAt = 0;
  let typedAt = 0;
  for (const [heardIndex, typedIndex] of [...pairs, [heard.length, typed.length] as const]) {
    words.push(...spread(typed.slice(typedAt, typedIndex), heard, heardAt, heardIndex));
    const matched = heard[heardIndex];
    const spelt = typed[typedIndex];
    if (matched !== undefined && spelt !== undefined) words.push({ ...matched, text: spelt });
    heardAt = heardIndex + 1;
    typedAt = typedIndex + 1;
  }
  return words;
}

/** New words over the time of the heard words `from`…`to` (exclusive) they replace, or the gap there. */
function spread(
  texts: readonly string[],
  heard: readonly RecognisedWord[],
  from: number,
  to: number,
): RecognisedWord[] {
  if (texts.length === 0) return [];
  const startMs = from < to ? (heard[from]?.startMs ?? 0) : (heard[from - 1]?.endMs ?? 0);
  const endMs = from < to ? (heard[to - 1]?.endMs ?? startMs) : (heard[to]?.startMs ?? startMs);
  const step = Math.max(0, endMs - startMs) / texts.length;
  return texts.map((text, index) => ({
    text,
    startMs: Math.round(startMs + index * step),
    endMs: Math.round(startMs + (index + 1) * step),
    confidence: 1,
  }));
}

/** The longest common subsequence of two word lists, as index pairs in order; common ends matched first. */
function matchedPairs(a: readonly string[], b: readonly string[]): (readonly [number, number])[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const head = Array.from({ length: start }, (_, index) => [index, index] as const);
  const tail = Array.from(
    { length: a.length - endA },
    (_, offset) => [endA + offset, endB + offset] as const,
  );
  const rows = endA - start;
  const columns = endB - start;
  if (rows * columns > maxTableCells) return [...head, ...walkedPairs(a, b, start, endA, endB), ...tail];
  // lengths[i][j]: the longest common run of a[start+i…] and b[start+j…], in one flat table.
  const width = columns + 1;
  const lengths = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = columns - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        a[start + i] === b[start + j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const middle: (readonly [number, number])[] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < columns) {
    if (a[start + i] === b[start + j]) {
      middle.push([start + i, start + j]);
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return [...head, ...middle, ...tail];
}

/**
 * Pairs of a long middle by walking both texts: equal words pair; at a difference, the nearest place where they
 * agree again (the fewest words skipped on both sides, up to `resyncWords`) is where the walk goes on. Edits
 * are local, so this finds what a table would, in linear time; a difference it cannot resync is a replacement.
 */
function walkedPairs(
  a: readonly string[],
  b: readonly string[],
  start: number,
  endA: number,
  endB: number,
): (readonly [number, number])[] {
  const pairs: (readonly [number, number])[] = [];
  let i = start;
  let j = start;
  while (i < endA && j < endB) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
      continue;
    }
    const skip = resync(a, b, i, j, endA, endB);
    i += skip?.[0] ?? 1;
    j += skip?.[1] ?? 1;
  }
  return pairs;
}

function resync(
  a: readonly string[],
  b: readonly string[],
  i: number,
  j: number,
  endA: number,
  endB: number,
): readonly [number, number] | undefined {
  for (let total = 1; total <= resyncWords; total += 1) {
    for (let skipA = 0; skipA <= total; skipA += 1) {
      const skipB = total - skipA;
      if (i + skipA < endA && j + skipB < endB && a[i + skipA] === b[j + skipB]) return [skipA, skipB];
    }
  }
  return undefined;
}
