// Runs once before the end-to-end files: finds a Chromium, starts real speech synthesis, serves the built
// app, and hands all three to the tests.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveApp, type AppServer } from './app-server.ts';
import { findOnPath, isExecutableFile } from './executables.ts';
import { startSpeechEnvironment } from './speech-environment.ts';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const NAMES_ON_PATH = ['chromium', 'chromium-browser', 'google-chrome'];

const HOW_TO_GET_CHROMIUM = [
  'The end-to-end tests need a real Chromium and are never skipped. To get one, either',
  '  - install it:  sudo apt-get install -y chromium   (Debian/Ubuntu), or',
  '  - point CHROMIUM_PATH at a Chromium or Chrome binary:  CHROMIUM_PATH=/path/to/chrome npm run test:e2e',
].join('\n');

/** Returns the Chromium binary to drive, or throws an error that says how to install one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  // An explicit CHROMIUM_PATH that is wrong is a mistake to report, not a reason to quietly use another browser.
  if (fromEnv !== undefined && fromEnv !== '') {
    if (isExecutableFile(fromEnv)) return fromEnv;
    throw new Error(
      `CHROMIUM_PATH is set to "${fromEnv}", which is not an executable file.\n${HOW_TO_GET_CHROMIUM}`,
    );
  }
  if (isExecutableFile(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  for (const name of NAMES_ON_PATH) {
    const found = findOnPath(name, env);
    if (found !== undefined) return found;
  }
  throw new Error(
    `No Chromium found (looked at CHROMIUM_PATH, ${DEBIAN_CHROMIUM}, and ${NAMES_ON_PATH.join(', ')} on PATH).\n` +
      HOW_TO_GET_CHROMIUM,
  );
}

/** Vitest global setup: provides `chromiumPath`, `baseURL` and `speechEnvironment`, and returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Look for the browser first: it is the failure most likely on a new machine, and the cheapest to detect.
  const chromiumPath = findChromium();

  const root = project.config.root;
  if (!existsSync(resolve(root, 'dist', 'index.html'))) {
    throw new Error(
      'dist/index.html is missing: build the app first (`npm run test:e2e` runs `vite build`).',
    );
  }

  const speech = await startSpeechEnvironment();
  let server: AppServer;
  try {
    // The project's vite.config.ts is loaded so base, outDir and preview headers match what users get;
    // a port the OS picks, so a running `npm start` (port 4173) does not collide.
    server = await serveApp(root);
  } catch (error) {
    await speech.stop();
    throw error;
  }
  const teardown = async () => {
    await server.close();
    await speech.stop();
  };

  project.provide('chromiumPath', chromiumPath);
  project.provide('baseURL', server.url);
  project.provide('speechEnvironment', speech.env);
  return teardown;
}
