// Finding the programs the end-to-end tests drive, the way a shell would.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** True when `path` is a file this process may execute. */
export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The first executable file called `name` in the PATH of `env`, or undefined when there is none. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dirs = (env.PATH ?? '').split(delimiter).filter((dir) => dir !== '');
  return dirs.map((dir) => join(dir, name)).find(isExecutableFile);
}

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
