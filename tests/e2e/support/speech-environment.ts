// Real speech synthesis for the end-to-end tests (measured in shared/E2E.md): a private PulseAudio with a
// null sink, and the environment under which the speech-dispatcher that a browser starts (Chromium,
// Firefox) plays into it, in real time and silently. Everything lives in one temporary folder that `stop()`
// removes.
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { findOnPath } from './executables.ts';

const REQUIRED_PROGRAMS = ['pulseaudio', 'speech-dispatcher'];

const HOW_TO_GET_SPEECH = [
  'The end-to-end tests speak through real speech synthesis and are never skipped. To get it, install',
  '  sudo apt-get install -y pulseaudio speech-dispatcher speech-dispatcher-espeak-ng espeak-ng   (Debian/Ubuntu)',
].join('\n');

// speech-dispatcher reads $XDG_CONFIG_HOME/speech-dispatcher/speechd.conf instead of the system's (measured),
// so a machine whose speechd.conf plays through ALSA (its real sound card) still speaks into the null sink.
const SPEECHD_CONF = 'AudioOutputMethod "pulse"\n';

const STOP_TIMEOUT_MS = 2_000;

export interface SpeechEnvironment {
  /** Variables to launch a browser with, over process.env, so that its speech plays into this PulseAudio. */
  readonly env: Readonly<Record<string, string>>;
  /** Stops the PulseAudio and the speech-dispatcher started under this environment, and removes its folder. */
  stop: () => Promise<void>;
}

function run(file: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { env, timeout: 10_000 }, (error, _stdout, stderr) => {
      if (error === null) resolve();
      else reject(new Error(`${file} failed: ${stderr.trim() || error.message}`));
    });
  });
}

function pidFrom(pidFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(pidFile, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

// Read from /proc rather than probed with kill(pid, 0): a daemon's parent is gone, so once it exits it can
// stay a zombie until init reaps it, and kill() still finds a zombie.
async function isRunning(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The state follows the command name, which is in parentheses and may itself contain them.
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // It exited in the meantime, which is what was wanted.
  }
}

async function stopProcesses(pids: readonly number[]): Promise<void> {
  for (const pid of pids) signal(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  let running = pids;
  while (running.length > 0 && Date.now() < deadline) {
    await sleep(20);
    const states = await Promise.all(running.map(isRunning));
    running = running.filter((_pid, index) => states[index]);
  }
  for (const pid of running) signal(pid, 'SIGKILL');
}

/** Starts a private PulseAudio with a null sink and prepares speech-dispatcher's settings; throws if either is missing. */
export async function startSpeechEnvironment(): Promise<SpeechEnvironment> {
  const missing = REQUIRED_PROGRAMS.filter((name) => findOnPath(name) === undefined);
  if (missing.length > 0) {
    throw new Error(`${missing.join(' and ')} not found on PATH.\n${HOW_TO_GET_SPEECH}`);
  }

  // Under os.tmpdir() rather than the checkout: a Unix socket path must stay under 108 bytes.
  const root = await mkdtemp(join(tmpdir(), 'viva-speech-'));
  const home = join(root, 'home');
  const config = join(home, '.config');
  const runtime = join(root, 'runtime');
  const pulse = join(runtime, 'pulse');
  const speechd = join(runtime, 'speech-dispatcher');
  await mkdir(join(config, 'speech-dispatcher'), { recursive: true });
  // Private to this user, as the XDG base directory specification requires of a runtime folder.
  await mkdir(runtime, { mode: 0o700 });
  await writeFile(join(config, 'speech-dispatcher', 'speechd.conf'), SPEECHD_CONF);

  // Each variable a developer's desktop session may set to reach its own audio or speech server is set here,
  // so the tests never play through (or depend on) theirs.
  const env = {
    HOME: home,
    XDG_CONFIG_HOME: config,
    XDG_RUNTIME_DIR: runtime,
    PULSE_RUNTIME_PATH: pulse,
    PULSE_SERVER: `unix:${join(pulse, 'native')}`,
    // Chromium's client starts speech-dispatcher itself only for this default socket (measured).
    SPEECHD_ADDRESS: `unix_socket:${join(speechd, 'speechd.sock')}`,
  };

  // Only the two daemons: speech-dispatcher stops its synthesis modules itself on SIGTERM (measured).
  const daemons = () =>
    [pidFrom(join(speechd, 'pid', 'speech-dispatcher.pid')), pidFrom(join(pulse, 'pid'))].filter(
      (pid) => pid !== undefined,
    );
  // An interrupted run (Ctrl-C) exits without the global teardown, and PulseAudio would outlive it: at exit
  // there is only time for synchronous work, so the daemons are signalled and not waited for.
  const stopAtExit = () => {
    for (const pid of daemons()) signal(pid, 'SIGTERM');
    rmSync(root, { recursive: true, force: true });
  };
  process.once('exit', stopAtExit);
  const stop = async () => {
    process.off('exit', stopAtExit);
    await stopProcesses(daemons());
    await rm(root, { recursive: true, force: true });
  };

  try {
    // --daemonize returns once the daemon is ready; exit-idle-time -1 keeps it alive between browsers.
    await run(
      'pulseaudio',
      [
        '-n',
        '--daemonize=yes',
        '--exit-idle-time=-1',
        '-L',
        'module-native-protocol-unix',
        '-L',
        'module-null-sink sink_name=nullsink',
        '-L',
        'module-always-sink',
      ],
      { ...process.env, ...env },
    );
  } catch (error) {
    await stop();
    throw new Error(`PulseAudio did not start for the speech tests: ${String(error)}\n${HOW_TO_GET_SPEECH}`, {
      cause: error,
    });
  }
  return { env, stop };
}
