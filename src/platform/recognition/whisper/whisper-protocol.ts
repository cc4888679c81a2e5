import type { RecognitionLanguage } from '../recognition.ts';
import type { WhisperSegment } from './whisper-words.ts';

/** What the page asks of the Whisper worker. */
export type WhisperRequest =
  /**
   * Loads whisper.cpp (the URL of its module) and the model; answered by 'loaded' or 'failed'. `cancelFlag`
   * (4 bytes, shared): the page writes a transcription's id + 1 there to stop it, since the worker is busy
   * until it ends.
   */
  | {
      readonly type: 'load';
      readonly script: string;
      readonly model: Blob;
      readonly cancelFlag: SharedArrayBuffer;
    }
  /**
   * 16 kHz mono samples of one answer (or of a window of it), with the compute threads to use; answered by
   * progress, then 'done', 'cancelled' or 'failed'.
   */
  | {
      readonly type: 'transcribe';
      readonly id: number;
      readonly samples: Float32Array<ArrayBuffer>;
      readonly language: RecognitionLanguage;
      readonly threads: number;
    };

/**
 * What the worker answers. `id` is absent for the answer to 'load'. `heapBytes` is the size of whisper.cpp's
 * WebAssembly memory when it answered: the worker's memory, which the bench reports.
 */
export type WhisperResponse =
  | { readonly type: 'loaded'; readonly heapBytes: number }
  | { readonly type: 'progress'; readonly id: number; readonly done: number }
  | {
      readonly type: 'done';
      readonly id: number;
      readonly segments: readonly WhisperSegment[];
      readonly heapBytes: number;
    }
  | { readonly type: 'cancelled'; readonly id: number }
  | { readonly type: 'failed'; readonly id?: number; readonly message: string };
