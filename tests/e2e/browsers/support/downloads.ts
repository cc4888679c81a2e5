// The files the app saves (an answer's recording, a backup), caught in the page as the app hands them to the
// browser: neither driver here reports downloads, and MiniBrowser would ask where to save them.
import { storedInterviewExpressions, type DecodedAnswer } from '../../support/stored-interview.ts';
import type { AppInBrowser } from './app-in-browser.ts';
import { call } from './page-driver.ts';

// Unlikely to clash with anything the app or a library puts on window.
const DOWNLOADS = '__vivaE2eDownloads';

interface CaughtDownload {
  readonly fileName: string;
  readonly blob: Blob;
}

/** A saved file as the user would find it: its name, type and size. */
export interface SavedFile {
  readonly fileName: string;
  readonly type: string;
  readonly byteLength: number;
}

// Runs in the page: the app saves a file by clicking a hidden link to an object URL with a `download` name
// (src/platform/download.ts); that click is kept, with the file, instead of being followed. The file is
// found by its URL, not fetched: the app's Content-Security-Policy does not let it fetch blob: URLs.
function catchDownloads(key: string): void {
  const caught: CaughtDownload[] = [];
  Object.defineProperty(window, key, { value: caught });
  const objects = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) objects.set(url, object);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const file = objects.get(this.href);
    // Anchors inherit click() from HTMLElement: any other link is followed as before.
    if (this.download === '' || file === undefined) HTMLElement.prototype.click.call(this);
    else caught.push({ fileName: this.download, blob: file });
  };
}

const list = `window[${JSON.stringify(DOWNLOADS)}]`;

/** From now on, files the page saves are caught (see catchDownloads); call once the app is loaded. */
export async function catchSavedFiles(app: AppInBrowser): Promise<void> {
  await app.driver.evaluate(call(catchDownloads, DOWNLOADS));
}

/** Waits for the page's `number`th saved file (1 for the first) and gives its name, type and size. */
export async function savedFile(app: AppInBrowser, number: number): Promise<SavedFile> {
  await app.waitFor(`${list}.length >= ${String(number)}`, `saved file number ${String(number)}`);
  return app.driver.evaluate(
    `(async () => { const file = ${list}[${String(number - 1)}]; const blob = file.blob;
      return { fileName: file.fileName, type: blob.type, byteLength: blob.size }; })()`,
  );
}

/** The `number`th saved file decoded as audio in the page, as a player would, and measured. */
export async function decodeSavedFile(app: AppInBrowser, number: number): Promise<DecodedAnswer> {
  return app.driver.evaluate(
    storedInterviewExpressions.measure(`${list}[${String(number - 1)}].blob.arrayBuffer()`),
  );
}

/** The bytes of the `number`th saved file, to read in the test (such as a backup's zip). */
export async function savedFileBytes(app: AppInBrowser, number: number): Promise<Buffer> {
  const base64 = await app.driver.evaluate<string>(
    `(async () => { const blob = ${list}[${String(number - 1)}].blob;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = ''; for (const byte of bytes) text += String.fromCharCode(byte); return btoa(text); })()`,
  );
  return Buffer.from(base64, 'base64');
}
