import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadHostedModel, findHostedModel, type HostedModel } from './hosted-model.ts';
import { header } from './testing/model-header.ts';

const base = 'https://viva.example/app/';

/** A body that arrives in these parts, and remembers whether the reader stopped it. */
function streamed(parts: readonly Uint8Array[]): {
  body: ReadableStream<Uint8Array>;
  cancelled: () => boolean;
} {
  let cancelled = false;
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const part = parts[next++];
      if (part === undefined) controller.close();
      else controller.enqueue(part);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { body, cancelled: () => cancelled };
}

function serve(response: Response): ReturnType<typeof vi.fn> {
  const fetch = vi.fn().mockResolvedValue(response);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('findHostedModel', () => {
  it('reads the header of models/whisper.bin beside the app, with the whole size from the range', async () => {
    const fetch = serve(
      new Response(header({ fileType: 7 }), {
        status: 206,
        headers: { 'Content-Range': 'bytes 0-47/81768585' },
      }),
    );
    expect(await findHostedModel(base)).toEqual({
      url: 'https://viva.example/app/models/whisper.bin',
      bytes: 81_768_585,
      info: { size: 'base', multilingual: true, weights: 'q8_0' },
    });
    expect(fetch).toHaveBeenCalledWith('https://viva.example/app/models/whisper.bin', {
      headers: { Range: 'bytes=0-47' },
      cache: 'no-store',
    });
  });

  it('takes the size from Content-Length, and stops a server that ignores the range after the header', async () => {
    const whole = new Uint8Array(200);
    whole.set(header({}));
    const { body, cancelled } = streamed([
      whole.subarray(0, 10),
      whole.subarray(10, 100),
      whole.subarray(100),
    ]);
    serve(new Response(body, { status: 200, headers: { 'Content-Length': '200' } }));
    expect((await findHostedModel(base))?.bytes).toBe(200);
    expect(cancelled()).toBe(true);
  });

  it.each([
    ['nothing there', new Response('Not found', { status: 404 })],
    ['the app served in its place', new Response('<!doctype html><html lang="en"><title>Viva</title>')],
    ['a file too short to be a model', new Response(new Uint8Array([0x6c, 0x6d]))],
  ])('finds none when the site answers with %s', async (_, response) => {
    serve(response);
    expect(await findHostedModel(base)).toBeUndefined();
  });

  it('finds none when the request fails', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    expect(await findHostedModel(base)).toBeUndefined();
  });
});

describe('downloadHostedModel', () => {
  const model: HostedModel = {
    url: `${base}models/whisper.bin`,
    bytes: 6,
    info: { size: 'base', multilingual: true, weights: 'q8_0' },
  };

  it('gives the whole file and reports the share done as it arrives', async () => {
    const { body } = streamed([new Uint8Array([1, 2]), new Uint8Array([3, 4, 5, 6])]);
    serve(new Response(body, { headers: { 'Content-Length': '6' } }));
    const progress: number[] = [];
    const file = await downloadHostedModel(
      model,
      (done) => progress.push(done),
      new AbortController().signal,
    );
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3, 4, 5, 6]));
    expect(file.name).toBe('whisper.bin');
    expect(progress).toEqual([2 / 6, 1]);
  });

  it('refuses a download cut short, and a failed response', async () => {
    const { body } = streamed([new Uint8Array([1, 2])]);
    serve(new Response(body, { headers: { 'Content-Length': '6' } }));
    await expect(downloadHostedModel(model, () => undefined, new AbortController().signal)).rejects.toThrow(
      'The download stopped at 2 of 6 bytes. Try again.',
    );
    serve(new Response('gone', { status: 410 }));
    await expect(downloadHostedModel(model, () => undefined, new AbortController().signal)).rejects.toThrow(
      "The site's model could not be downloaded (HTTP 410).",
    );
  });
});
