import { Listeners } from '../listeners.ts';
import type { Microphone, OpenMicrophone, Recording, RecordingSink } from './microphone.ts';
import peaksWorkletUrl from './peaks.worklet.ts?worker&url';
import { startBrowserRecording } from './browser-recording.ts';
import { meterLevel, rootMeanSquare } from './level.ts';
import { microphoneError, toMicrophoneError } from './microphone-errors.ts';
import { chooseRecordingMimeType } from './mime-type.ts';
import { openPeakTap } from './peak-tap.ts';
import type { PeakTap } from './peak-tap.ts';

/** The browser APIs the microphone uses; tests pass fakes. Missing ones make `open` fail as unsupported. */
export interface BrowserMicrophoneDeps {
  // lib.dom says these always exist; an insecure origin (mediaDevices) or an old browser lacks them.
  readonly mediaDevices: MediaDevices | undefined;
  readonly MediaRecorder: typeof MediaRecorder | undefined;
  readonly AudioWorkletNode: typeof AudioWorkletNode | undefined;
  readonly createAudioContext: () => AudioContext;
  /** Same-origin URL of the built peaks worklet (a blob: or data: URL would break a strict CSP). */
  readonly workletUrl: string;
}

/** The real microphone: getUserMedia, MediaRecorder, and an AudioWorklet for levels, peaks and duration. */
export function createBrowserMicrophone(deps: Partial<BrowserMicrophoneDeps> = {}): Microphone {
  return { open: () => openMicrophone({ ...browserDeps(), ...deps }) };
}

function browserDeps(): BrowserMicrophoneDeps {
  return {
    mediaDevices: navigator.mediaDevices,
    MediaRecorder: globalThis.MediaRecorder,
    AudioWorkletNode: globalThis.AudioWorkletNode,
    createAudioContext: () => new AudioContext(),
    workletUrl: peaksWorkletUrl,
  };
}

async function openMicrophone(deps: BrowserMicrophoneDeps): Promise<OpenMicrophone> {
  const { mediaDevices, MediaRecorder: Recorder, AudioWorkletNode: WorkletNode } = deps;
  if (!mediaDevices || !Recorder || !WorkletNode) throw microphoneError('unsupported');
  const device = await requestDevice(mediaDevices);
  try {
    const tap = await openPeakTap(device.stream, { ...deps, AudioWorkletNode: WorkletNode });
    const mimeType = chooseRecordingMimeType((type) => Recorder.isTypeSupported(type));
    return new BrowserOpenMicrophone(mediaDevices, device, tap, Recorder, mimeType);
  } catch (error) {
    stopTracks(device.stream);
    throw toMicrophoneError(error);
  }
}

/** One granted microphone: its stream and the stream's audio track. */
interface Device {
  readonly stream: MediaStream;
  readonly track: MediaStreamTrack;
}

/** Asks for a microphone with echo cancellation on; rejects with a MicrophoneError. */
async function requestDevice(mediaDevices: MediaDevices): Promise<Device> {
  let stream: MediaStream;
  try {
    stream = await mediaDevices.getUserMedia({
      audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true },
    });
  } catch (error) {
    throw toMicrophoneError(error);
  }
  const [track] = stream.getAudioTracks();
  if (!track) {
    stopTracks(stream);
    throw microphoneError('no-device');
  }
  return { stream, track };
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

class BrowserOpenMicrophone implements OpenMicrophone {
  private readonly endedListeners = new Listeners();
  private readonly stopListeningForBatches: () => void;
  private readonly levelListeners = new Listeners<[level: number]>();
  private ended = false;
  private closed = false;

  constructor(
    private readonly mediaDevices: MediaDevices,
    private device: Device,
    private readonly tap: PeakTap,
    private readonly Recorder: typeof MediaRecorder,
    private readonly mimeType: string,
  ) {
    this.stopListeningForBatches = tap.onBatch((batch) => {
      if (batch.frames === 0) return;
      const level = meterLevel(rootMeanSquare(batch.sumSquares, batch.frames));
      this.levelListeners.emit(level);
    });
    device.track.addEventListener('ended', this.handleEnded);
  }

  get label(): string {
    return this.device.track.label;
  }

  onLevel(listener: (level: number) => void): () => void {
    return this.levelListeners.add(listener);
  }

  onEnded(listener: () => void): () => void {
    return this.endedListeners.add(listener);
  }

  async reopen(): Promise<void> {
    if (this.closed) throw new Error('The microphone is closed; open it again.');
    this.adopt(await requestDevice(this.mediaDevices));
  }

  /** Makes `device` the one the graph hears, in place of the ended one. */
  private adopt(device: Device): void {
    // Closed while the browser was asking: the new device is not wanted any more.
    if (this.closed) {
      stopTracks(device.stream);
      return;
    }
    this.releaseDevice();
    this.device = device;
    this.ended = false;
    device.track.addEventListener('ended', this.handleEnded);
    this.tap.connect(device.stream);
  }

  record(sink: RecordingSink, onWriteError: (error: unknown) => void): Recording {
    if (this.closed) throw new Error('The microphone is closed; open it again to record.');
    return startBrowserRecording({
      stream: this.tap.output,
      MediaRecorder: this.Recorder,
      mimeType: this.mimeType,
      tap: this.tap,
      sink,
      onWriteError,
    });
  }

  copyTrack(): MediaStreamTrack {
    if (this.closed) throw new Error('The microphone is closed; open it again to listen.');
    const [track] = this.tap.output.getAudioTracks();
    if (track === undefined) throw new Error('The microphone gives no audio to listen to.');
    return track.clone();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.releaseDevice();
    this.stopListeningForBatches();
    this.tap.close();
    this.levelListeners.clear();
    this.endedListeners.clear();
  }

  private releaseDevice(): void {
    this.device.track.removeEventListener('ended', this.handleEnded);
    stopTracks(this.device.stream);
  }

  private readonly handleEnded = (): void => {
    if (this.ended) return;
    this.ended = true;
    this.endedListeners.emit();
  };
}
