/** The file extension for a recording's MIME type; MP4 audio is .m4a, which players know as audio. */
export function audioExtension(mimeType: string): string {
  const type = mimeType.split(';')[0]?.trim().toLowerCase();
  if (type === 'audio/webm') return 'webm';
  if (type === 'audio/mp4') return 'm4a';
  if (type === 'audio/ogg') return 'ogg';
  // A recorder left to choose its own format may name one not listed; the bytes are still kept whole.
  return 'bin';
}
