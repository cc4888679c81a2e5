/** Byte or sample arrays joined end to end into one new array, for example a recording's chunks. */
function joined<T extends Int8Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(
  parts: readonly ArrayLike<number>[],
  create: (length: number) => T,
): T {
  const whole = create(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.length;
  }
  return whole;
}

export function joinBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  return joined(parts, (length) => new Uint8Array(length));
}

/** Waveform peaks (min/max pairs) of consecutive stretches of audio, as the peaks of the whole. */
export function joinPeaks(parts: readonly Int8Array[]): Int8Array<ArrayBuffer> {
  return joined(parts, (length) => new Int8Array(length));
}
