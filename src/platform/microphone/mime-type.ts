/** Containers in order of preference: Opus in WebM (Chromium, Firefox), then MP4 (Safari). */
const PREFERRED_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4;codecs=opus', 'audio/mp4'];

/** The recording format to ask MediaRecorder for; '' lets the browser choose its default. */
export function chooseRecordingMimeType(isTypeSupported: (mimeType: string) => boolean): string {
  return PREFERRED_TYPES.find((mimeType) => isTypeSupported(mimeType)) ?? '';
}
