import { whisperHeaderBytes } from '../whisper-model-header.ts';

/** A header as whisper.cpp writes it: 'ggml' and eleven little-endian int32 hyper-parameters. */
export function header(values: {
  vocabulary?: number;
  audioContext?: number;
  audioWidth?: number;
  audioLayers?: number;
  mels?: number;
  fileType?: number;
  magic?: number;
}): Uint8Array<ArrayBuffer> {
  const view = new DataView(new ArrayBuffer(whisperHeaderBytes));
  view.setUint32(0, values.magic ?? 0x67676d6c, true);
  const fields = [
    values.vocabulary ?? 51_865,
    values.audioContext ?? 1500,
    values.audioWidth ?? 512,
    8,
    values.audioLayers ?? 6,
    448,
    values.audioWidth ?? 512,
    8,
    values.audioLayers ?? 6,
    values.mels ?? 80,
    values.fileType ?? 1,
  ];
  fields.forEach((value, index) => {
    view.setInt32(4 + index * 4, value, true);
  });
  return new Uint8Array(view.buffer);
}
