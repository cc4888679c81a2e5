import { Unzip, UnzipInflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import { withDirectoryEntry, utf8, zipOf } from './testing/zip-fixture.ts';
import { readZipDirectory, readZipEntry, type ZipEntry, type ZipRead } from './zip-reader.ts';

const blobOf = (bytes: Uint8Array<ArrayBuffer>) => new Blob([bytes], { type: 'application/zip' });

function value<T>(read: ZipRead<T>): T {
  if (!read.ok) throw new Error(read.reason);
  return read.value;
}

async function entriesOf(zip: Uint8Array<ArrayBuffer>): Promise<ReadonlyMap<string, ZipEntry>> {
  return value(await readZipDirectory(blobOf(zip)));
}

async function read(zip: Uint8Array<ArrayBuffer>, name: string, maxBytes = 1024 ** 3) {
  const entry = (await entriesOf(zip)).get(name);
  if (!entry) throw new Error(`no ${name}`);
  return readZipEntry(blobOf(zip), entry, maxBytes);
}

/** Audio-like bytes that contain every ZIP signature, as real recordings now and then do. */
const signatures = Uint8Array.from({ length: 3_000_000 }, (_, i) => (i * 7919) % 251);
signatures.set([0x50, 0x4b, 0x07, 0x08, 0x50, 0x4b, 0x03, 0x04, 0x50, 0x4b, 0x01, 0x02], 1_234_567);

describe('readZipDirectory and readZipEntry', () => {
  it('read back what fflate’s Zip wrote, stored and deflated', async () => {
    const text = JSON.stringify({ hello: 'wörld', list: Array.from({ length: 5000 }, (_, i) => i) });
    const json = utf8(text);
    const zip = zipOf([
      { name: 'audio/a.webm', bytes: signatures },
      { name: 'empty.bin', bytes: new Uint8Array(0) },
      { name: 'viva-backup.json', bytes: json, deflate: true },
    ]);

    const entries = await entriesOf(zip);

    expect([...entries.keys()]).toEqual(['audio/a.webm', 'empty.bin', 'viva-backup.json']);
    expect(entries.get('viva-backup.json')).toMatchObject({ method: 8, size: json.length });
    expect(new TextDecoder().decode(value(await read(zip, 'viva-backup.json')))).toBe(text);
    expect(value(await read(zip, 'empty.bin')).length).toBe(0);
    const audio = value(await read(zip, 'audio/a.webm'));
    expect(audio.length).toBe(signatures.length);
    expect(audio.every((byte, i) => byte === signatures[i])).toBe(true);
  });

  // Why this reader exists; should an fflate upgrade fix Unzip, this fails and Unzip can be reconsidered.
  it('is needed: fflate’s streaming Unzip cuts the same entry short at the first signature', () => {
    const zip = zipOf([{ name: 'audio/a.webm', bytes: signatures }]);
    let received = 0;
    const unzip = new Unzip((file) => {
      file.ondata = (_, data) => (received += data.length);
      file.start();
    });
    unzip.register(UnzipInflate);
    unzip.push(zip, true);
    expect(received).toBeLessThan(signatures.length);
  });

  it.each([
    ['an empty file', new Uint8Array(0)],
    ['text', utf8('# My interview script\n\nNot a zip at all.')],
    ['random bytes', Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256)],
  ])('refuses %s as not a zip file', async (_, bytes) => {
    expect(await readZipDirectory(blobOf(bytes))).toEqual({ ok: false, reason: 'This is not a zip file.' });
  });

  it('refuses a zip cut short, whose directory lies outside it', async () => {
    const zip = zipOf([{ name: 'a.bin', bytes: signatures }]);
    const cut = Uint8Array.from([...zip.subarray(0, 1000), ...zip.subarray(zip.length - 22)]);
    expect(await readZipDirectory(blobOf(cut))).toEqual({
      ok: false,
      reason: 'The zip file is damaged: its directory lies outside the file.',
    });
  });

  it('refuses encrypted entries and compression methods it cannot read', async () => {
    const zip = zipOf([{ name: 'a.bin', bytes: utf8('abc') }]);
    expect(await readZipDirectory(blobOf(withDirectoryEntry(zip, 'a.bin', { flags: 0x0809 })))).toEqual({
      ok: false,
      reason: 'a.bin in this zip is encrypted; a Viva backup never is.',
    });
    expect(await readZipDirectory(blobOf(withDirectoryEntry(zip, 'a.bin', { method: 14 })))).toEqual({
      ok: false,
      reason: 'a.bin in this zip is compressed with method 14; only stored and deflated files can be read.',
    });
  });

  it('refuses an entry whose stated size is over the limit without decompressing it', async () => {
    const zip = zipOf([{ name: 'big.json', bytes: utf8('{}'), deflate: true }]);
    const claimsHuge = withDirectoryEntry(zip, 'big.json', { size: 200 * 1024 * 1024 });
    expect(await read(claimsHuge, 'big.json', 100 * 1024 * 1024)).toEqual({
      ok: false,
      reason: 'big.json would be 200 MB uncompressed; at most 100 MB is accepted.',
    });
  });

  it('stops an entry that expands beyond its stated size: a zip bomb that lies', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = withDirectoryEntry(
      zipOf([{ name: 'audio/x.webm', bytes: zeros, deflate: true }]),
      'audio/x.webm',
      {
        size: 1000,
      },
    );
    expect(await read(bomb, 'audio/x.webm')).toEqual({
      ok: false,
      reason:
        'audio/x.webm expands beyond the 1000 bytes its zip directory states: the file is damaged or a zip bomb.',
    });
  });

  it('refuses an entry shorter than stated, or whose bytes do not match the checksum', async () => {
    const zip = zipOf([{ name: 'a.bin', bytes: utf8('abcdef') }]);
    expect(await read(withDirectoryEntry(zip, 'a.bin', { size: 7 }), 'a.bin')).toEqual({
      ok: false,
      reason: 'The zip file is damaged: a.bin is shorter than its directory states.',
    });
    expect(await read(withDirectoryEntry(zip, 'a.bin', { crc: 1 }), 'a.bin')).toEqual({
      ok: false,
      reason: 'The zip file is damaged: a.bin does not match its checksum.',
    });
  });

  it('refuses deflated data that does not inflate', async () => {
    const zip = zipOf([{ name: 'a.json', bytes: utf8('{"a": 1}'.repeat(100)), deflate: true }]);
    const entry = (await entriesOf(zip)).get('a.json');
    if (!entry) throw new Error('no entry');
    const broken = zip.slice();
    broken.fill(
      0xff,
      entry.localHeaderOffset + 30 + 'a.json'.length,
      entry.localHeaderOffset + 40 + 'a.json'.length,
    );
    const outcome = await readZipEntry(blobOf(broken), entry, 1024);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason).toMatch(
      /^The zip file is damaged: a\.json cannot be decompressed \(.+\)\.$/,
    );
  });
});
