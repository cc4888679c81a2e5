// Base64 for the binary parts of the backup's JSON (waveform peaks): a third of the size of number lists.

/** Base64 of the bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In pieces: spreading a whole long array into one call would overflow the argument limit.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/** The bytes of well-formed base64 (validated before it gets here). */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}
