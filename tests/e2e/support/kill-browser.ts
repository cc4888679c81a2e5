// Crashing the browser for real: SIGKILL to every process of a Chromium running on a profile folder, as
// when the machine loses power or the system kills it, with no chance to write anything more.
import { readdir, readFile } from 'node:fs/promises';

interface ProcessInfo {
  readonly pid: number;
  readonly parent: number;
  readonly commandLine: string;
  /** The state letter of /proc/<pid>/stat: 'Z' for a zombie, dead but not yet reaped. */
  readonly state: string;
}

async function processes(): Promise<ProcessInfo[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  const read = async (pid: number): Promise<ProcessInfo | undefined> => {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      // "pid (name) state ppid …": the name may hold spaces and parentheses, so read after the last ')'.
      const [state = '', parent = '0'] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const commandLine = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
      return { pid, parent: Number(parent), commandLine, state };
    } catch {
      // The process ended while the list was read.
      return undefined;
    }
  };
  return (await Promise.all(pids.map(read))).filter((info) => info !== undefined);
}

/** The browser processes started with this profile folder, and all their descendants (renderers, utilities). */
async function browserProcesses(userDataDir: string): Promise<ProcessInfo[]> {
  const all = await processes();
  const found = new Set(
    all.filter((p) => p.commandLine.includes(`--user-data-dir=${userDataDir}`)).map((p) => p.pid),
  );
  // Children of found processes, until no more are added.
  let grown = true;
  while (grown) {
    grown = false;
    for (const p of all) {
      if (!found.has(p.pid) && found.has(p.parent)) {
        found.add(p.pid);
        grown = true;
      }
    }
  }
  return all.filter((p) => found.has(p.pid) && p.state !== 'Z');
}

/**
 * Kills with SIGKILL, all at once, every live process of the Chromium using `userDataDir`, and waits until
 * none is left running. Returns how many were killed; throws when there was none (nothing to crash).
 */
export async function killBrowser(userDataDir: string, timeoutMs = 10_000): Promise<number> {
  const victims = await browserProcesses(userDataDir);
  if (victims.length === 0) throw new Error(`No Chromium process runs on ${userDataDir}.`);
  for (const { pid } of victims) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone, as a child may go with its parent.
    }
  }
  const deadline = Date.now() + timeoutMs;
  while ((await browserProcesses(userDataDir)).length > 0) {
    if (Date.now() > deadline) throw new Error(`Chromium on ${userDataDir} survived SIGKILL.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return victims.length;
}
