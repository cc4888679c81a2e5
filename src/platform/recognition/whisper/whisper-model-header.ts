/** What the first bytes of a Whisper model file in whisper.cpp's ggml format tell about it. */
export interface WhisperModelInfo {
  /** tiny, base, small, medium or large, read from the encoder's depth and width; 'custom' otherwise. */
  readonly size: 'tiny' | 'base' | 'small' | 'medium' | 'large' | 'custom';
  /** Multilingual models transcribe German and Russian too; '.en' models English only. */
  readonly multilingual: boolean;
  /** How the weights are stored: f32, f16 or a quantised type such as q8_0. */
  readonly weights: string;
}

export type WhisperModelCheck =
  { readonly ok: true; readonly info: WhisperModelInfo } | { readonly ok: false; readonly problem: string };

/** Bytes `readWhisperModelHeader` needs: the magic number and the eleven hyper-parameters. */
export const whisperHeaderBytes = 4 + 11 * 4;

/** 'ggml' read as a little-endian 32-bit number, as whisper.cpp writes it. */
const ggmlMagic = 0x67676d6c;

/** Whisper's published sizes, by the encoder's layers and width. */
const sizes: readonly (readonly [WhisperModelInfo['size'], number, number])[] = [
  ['tiny', 4, 384],
  ['base', 6, 512],
  ['small', 12, 768],
  ['medium', 24, 1024],
  ['large', 32, 1280],
];

/** ggml's file types, as whisper.cpp's quantiser writes them (the thousands count quantisation versions). */
const weightTypes: Readonly<Record<number, string>> = {
  0: 'f32',
  1: 'f16',
  2: 'q4_0',
  3: 'q4_1',
  4: 'q4_1',
  7: 'q8_0',
  8: 'q5_0',
  9: 'q5_1',
  10: 'q2_k',
  11: 'q3_k',
  12: 'q4_k',
  13: 'q5_k',
  14: 'q6_k',
};

/** English-only Whisper vocabularies have 51 864 tokens; multilingual ones 51 865 (51 866 in large-v3). */
const multilingualVocabulary = 51_865;

/**
 * Reads a model file's header to tell the user what they chose, and to refuse a file that is not a
 * Whisper model before hundreds of megabytes are stored. The rest of the file is checked by whisper.cpp
 * when it loads it.
 */
export function readWhisperModelHeader(header: Uint8Array): WhisperModelCheck {
  if (header.byteLength < whisperHeaderBytes) {
    return {
      ok: false,
      problem: `the file has ${header.byteLength} bytes, fewer than a model's header (${whisperHeaderBytes})`,
    };
  }
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const magic = view.getUint32(0, true);
  if (magic !== ggmlMagic) {
    return {
      ok: false,
      problem: `it does not start with whisper.cpp's "ggml" mark (found ${describeMagic(header.subarray(0, 4))}); expected a ggml-*.bin model`,
    };
  }
  const [vocabulary, audioContext, audioWidth, , audioLayers, , , , , mels, fileType] = Array.from(
    { length: 11 },
    (_, index) => view.getInt32(4 + index * 4, true),
  ) as [number, number, number, number, number, number, number, number, number, number, number];
  if (audioContext !== 1500 || (mels !== 80 && mels !== 128)) {
    return {
      ok: false,
      problem: `its header is not a Whisper model's (audio context ${audioContext}, ${mels} mel bands)`,
    };
  }
  const size =
    sizes.find(([, layers, width]) => layers === audioLayers && width === audioWidth)?.[0] ?? 'custom';
  const weights = weightTypes[fileType % 1000] ?? `type ${fileType % 1000}`;
  return { ok: true, info: { size, multilingual: vocabulary >= multilingualVocabulary, weights } };
}

function describeMagic(bytes: Uint8Array): string {
  const printable = Array.from(bytes).every((byte) => byte >= 0x20 && byte < 0x7f);
  return printable
    ? `"${String.fromCharCode(...bytes)}"`
    : Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
}
