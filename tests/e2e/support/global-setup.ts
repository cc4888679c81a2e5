// Runs once before the end-to-end files: finds a Chromium, starts real speech synthesis, serves the built
// app, and hands all three to the tests.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveApp, type AppServer } from './app-server.ts';
import { findChromium } from './executables.ts';
import { startSpeechEnvironment } from './speech-environment.ts';

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
