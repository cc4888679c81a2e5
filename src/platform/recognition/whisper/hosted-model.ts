/**
 * A Whisper model the site itself serves, for people who deploy Viva with one (see the README's
 * "Hosting a model"): `models/whisper.bin` beside the app. It is only ever fetched from the app's own
 * origin, and only when the user asks for it; once downloaded it is kept like a model file they chose.
 */
import { readWhisperModelHeader, whisperHeaderBytes, type WhisperModelInfo } from './whisper-model-header.ts';

/** Where a deployment puts its model, relative to the app. */
export const hostedModelPath = 'models/whisper.bin';

export interface HostedModel {
  readonly url: string;
  /** The file's size when the server says it; 0 when it does not. */
  readonly bytes: number;
  readonly info: WhisperModelInfo;
}

/**
 * The model this site serves, or undefined when it serves none. The first bytes are read and checked, so a
 * page served in the model's place (a host answering every path with the app) is not taken for one.
 */
export async function findHostedModel(base: string = document.baseURI): Promise<HostedModel | undefined> {
  const url = new URL(hostedModelPath, base).href;
  const response = await fetch(url, {
    headers: { Range: `bytes=0-${whisperHeaderBytes - 1}` },
    cache: 'no-store',
  }).catch(() => undefined);
  if (!response?.ok || response.body === null) return undefined;
  const head = await readAtLeast(response.body, whisperHeaderBytes);
  const check = readWhisperModelHeader(head);
  if (!check.ok) return undefined;
  return { url, bytes: totalBytes(response), info: check.info };
}

/** The whole size of the file a response is (part of): from Content-Range when ranged, else Content-Length. */
function totalBytes(response: Response): number {
  const range = /\/(\d+)$/.exec(response.headers.get('Content-Range') ?? '');
  const size = Number(range?.[1] ?? response.headers.get('Content-Length') ?? 0);
  return Number.isFinite(size) ? size : 0;
}

/** The stream's first `count` bytes (fewer if it is shorter); the rest is not downloaded. */
async function readAtLeast(body: ReadableStream<Uint8Array>, count: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const bytes = new Uint8Array(count);
  let filled = 0;
  while (filled < count) {
    const { done, value } = await reader.read();
    if (done) break;
    const part = value.subarray(0, count - filled);
    bytes.set(part, filled);
    filled += part.length;
  }
  // A server that ignores the range sends the whole file: stop it after the header.
  await reader.cancel().catch(() => undefined);
  return bytes.subarray(0, filled);
}

/** Downloads the site's model as a file, reporting the share done (0–1) when the size is known. */
export async function downloadHostedModel(
  model: HostedModel,
  onProgress: (done: number) => void,
  signal: AbortSignal,
): Promise<File> {
  const response = await fetch(model.url, { signal, cache: 'no-store' });
  if (!response.ok || response.body === null) {
    throw new Error(`The site's model could not be downloaded (HTTP ${response.status}).`);
  }
  const total = totalBytes(response) || model.bytes;
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    received += value.length;
    if (total > 0) onProgress(Math.min(1, received / total));
  }
  if (total > 0 && received !== total) {
    throw new Error(`The download stopped at ${received} of ${total} bytes. Try again.`);
  }
  return new File(parts, 'whisper.bin', { type: 'application/octet-stream' });
}
