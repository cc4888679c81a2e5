/** Why the microphone could not be opened or stopped working. */
export type MicrophoneProblem =
  /** The user or the browser refused permission. */
  | 'denied'
  /** No audio input device exists. */
  | 'no-device'
  /** The device exists but could not be started (in use elsewhere, hardware error). */
  | 'unavailable'
  /** This browser cannot record audio at all. */
  | 'unsupported';

export class MicrophoneError extends Error {
  constructor(
    readonly problem: MicrophoneProblem,
    message: string,
  ) {
    super(message);
    this.name = 'MicrophoneError';
  }
}

/** One piece of a recording, handed over about once a second. */
export interface RecordedChunk {
  /** 0, 1, 2, … in recording order. */
  readonly seq: number;
  /** Encoded audio; the chunks concatenated in `seq` order form the whole file. */
  readonly bytes: Uint8Array;
  /** Waveform peaks of the audio since the previous chunk: min, max pairs, 50 pairs a second, scaled to ±127. */
  readonly peaks: Int8Array;
  /** Audio recorded so far, pauses excluded, measured from the samples. */
  readonly durationMs: number;
}

/** Overall loudness of a recording, 0–1, to tell speech from a silent or muted input. */
export interface LevelSummary {
  readonly peak: number;
  readonly rms: number;
}

export interface RecordingResult {
  readonly mimeType: string;
  /** Exact duration from the samples, pauses excluded (MediaRecorder's WebM states none). */
  readonly durationMs: number;
  /** All peaks of the recording, as in RecordedChunk. */
  readonly peaks: Int8Array;
  readonly levels: LevelSummary;
  readonly chunks: number;
}

/** Where a recording's chunks go, in order, one write at a time. */
export interface RecordingSink {
  write(chunk: RecordedChunk): Promise<void>;
}

/** One answer being recorded. */
export interface Recording {
  readonly mimeType: string;
  /** Pauses the recorder and the duration and peak counting together. */
  pause(): void;
  resume(): void;
  /** Stops; resolves once every chunk has been written to the sink, rejects if a write failed. */
  stop(): Promise<RecordingResult>;
}

/** An open microphone: one stream for a whole interview. */
export interface OpenMicrophone {
  /** The device's name, for the microphone check. */
  readonly label: string;
  /** Live input level 0–1, several times a second, for meters. Returns a function that unsubscribes. */
  onLevel(listener: (level: number) => void): () => void;
  /** Called when the device stops delivering audio (unplugged, revoked), once per device. Returns an unsubscribe. */
  onEnded(listener: () => void): () => void;
  /**
   * Asks for the device again after it ended. Level and end listeners and any recording carry over to the
   * new device, so a paused answer resumes into the same file. Rejects with a MicrophoneError.
   */
  reopen(): Promise<void>;
  /**
   * Starts recording an answer. Chunks are written to `sink` as they arrive; a failed write is reported
   * to `onWriteError` at once and recording stops. The recording outlives the device: when it ends, the
   * recording hears silence until it is paused, and the device's successor after `reopen`.
   */
  record(sink: RecordingSink, onWriteError: (error: unknown) => void): Recording;
  /**
   * A live copy of the audio being recorded (which outlives the device, as a recording does), for a
   * recogniser that listens while the answer is recorded. Whoever takes it stops it.
   */
  copyTrack(): MediaStreamTrack;
  /** Stops every track and frees the audio graph. */
  close(): void;
}

/** The microphone (getUserMedia, MediaRecorder and Web Audio in browsers). */
export interface Microphone {
  /** Asks for the microphone with echo cancellation on; rejects with a MicrophoneError. */
  open(): Promise<OpenMicrophone>;
}
