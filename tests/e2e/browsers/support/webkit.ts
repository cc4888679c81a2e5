// WebKitGTK for the end-to-end tests (measured in shared/E2E.md): Debian's WebKitWebDriver drives its
// MiniBrowser under a private X server (Xvfb), with WebKit's mock microphone and real (Flite) speech
// played into the run's silent PulseAudio.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { inject } from 'vitest';
import { isExecutableFile, findOnPath } from '../../support/executables.ts';
import type { PageDriver } from './page-driver.ts';
import { stopChild } from './stop-child.ts';
import { waitForDriver, WebDriverSession } from './webdriver-client.ts';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const HOW_TO_GET_WEBKIT = [
  'The WebKit end-to-end tests drive WebKitGTK and are never skipped. To get it, install',
  '  sudo apt-get install -y webkit2gtk-driver xvfb   (Debian/Ubuntu)',
].join('\n');

// Without --automation, New Session hangs; the media flags give getUserMedia WebKit's mock devices (a
// tone) and let audio play without a gesture.
const MINIBROWSER_ARGS = [
  '--automation',
  '--enable-media-stream=true',
  '--enable-mock-capture-devices=true',
  '--autoplay-policy=allow',
  '--enable-webaudio=true',
  '--media-playback-requires-user-gesture=false',
];

/** A free TCP port on 127.0.0.1, as the OS hands one out. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address !== null) resolve(address.port);
        else reject(new Error('No port was handed out.'));
      });
    });
  });
}

/** Starts a private X server; gives it and its display (such as ':3'), which Xvfb picks among free ones. */
async function startXvfb(): Promise<{ xvfb: ChildProcess; display: string }> {
  // -displayfd: Xvfb chooses a free display number and writes it to file descriptor 3 once it is ready.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const ready = xvfb.stdio[3];
  if (ready === null || ready === undefined || !('on' in ready))
    throw new Error('Xvfb was started without its display pipe.');
  try {
    const display = await new Promise<string>((resolvePromise, reject) => {
      let written = '';
      ready.on('data', (data: Buffer) => {
        written += data.toString();
        if (written.includes('\n')) resolvePromise(`:${written.trim()}`);
      });
      xvfb.once('exit', (code) => {
        reject(new Error(`Xvfb exited (${String(code)}) before it was ready.\n${HOW_TO_GET_WEBKIT}`));
      });
      xvfb.once('error', reject);
    });
    return { xvfb, display };
  } catch (error) {
    await stopChild(xvfb);
    throw error;
  }
}

/** Starts WebKitWebDriver on a private X server, opens a MiniBrowser session, and drives its page. */
export async function launchWebKit(): Promise<PageDriver> {
  const missing = ['WebKitWebDriver', 'Xvfb'].filter((name) => findOnPath(name) === undefined);
  if (missing.length > 0 || !isExecutableFile(MINIBROWSER)) {
    throw new Error(`${[...missing, MINIBROWSER].join(', ')}: not all found.\n${HOW_TO_GET_WEBKIT}`);
  }
  const { xvfb, display } = await startXvfb();
  const port = await freePort();
  // Both are children of this process, and MiniBrowser with WebKit's processes are the driver's: stopped
  // in order, every one of them is reaped.
  const driver = spawn('WebKitWebDriver', [`--port=${String(port)}`], {
    stdio: 'ignore',
    env: { ...process.env, ...inject('speechEnvironment'), DISPLAY: display },
  });
  const baseUrl = `http://127.0.0.1:${String(port)}`;
  let session: WebDriverSession | undefined;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      // Deleting the session closes MiniBrowser, which stops WebKit's processes.
      await session?.delete().catch(() => undefined);
      await stopChild(driver);
      await stopChild(xvfb);
    })());
  try {
    await waitForDriver(baseUrl, 20_000);
    session = await WebDriverSession.create(
      baseUrl,
      {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: MINIBROWSER_ARGS },
      },
      120_000,
    );
  } catch (error) {
    await close();
    throw error;
  }
  const page = session;
  return {
    goto: (url) => page.navigate(url),
    evaluate: (expression) => page.evaluate(expression),
    click: (selector) => page.click(selector),
    press: (key) => page.pressKey(key),
    setInputFile: (selector, path) => page.sendKeys(selector, path),
    // Classic WebDriver reports nothing of the page's console: the page's own log holds what there is.
    driverErrors: () => [],
    close,
  };
}
