// Chromium's memory as Linux counts it: the pages of the launched browser's processes (the browser, its
// renderers, GPU and utility processes) that are in RAM, summed from /proc. The browser's own counters
// (Runtime.getHeapUsage, a worker's WebAssembly memory) see only what the JavaScript engine holds.
import { readdir, readFile } from 'node:fs/promises';

/** A moment's memory of a process tree, in bytes. */
export interface ProcessMemory {
  readonly processes: number;
  /**
   * Resident pages summed per process: a page several processes share (libraries, the zygote's copy-on-write
   * pages, shared memory between renderer and browser) counts once in each, so the sum overstates.
   */
  readonly rssBytes: number;
  /** Proportional set size: a shared page is divided among its sharers, so the sum counts it once. */
  readonly pssBytes: number;
}

/** The "Name:   123 kB" lines of /proc/<pid>/smaps_rollup or status, in bytes by name. */
export function kilobyteFields(text: string): Map<string, number> {
  const fields = new Map<string, number>();
  for (const match of text.matchAll(/^(\w+):\s+(\d+) kB$/gm)) {
    const [, name, kilobytes] = match;
    if (name !== undefined && kilobytes !== undefined) fields.set(name, Number(kilobytes) * 1024);
  }
  return fields;
}

/**
 * The parent's pid from /proc/<pid>/stat: the second field after the command, which is in parentheses and
 * may itself hold spaces and parentheses, so the fields are counted from its last ")".
 */
export function parentPid(stat: string): number {
  const fields = stat
    .slice(stat.lastIndexOf(')') + 1)
    .trim()
    .split(/\s+/);
  const parent = Number(fields[1]);
  if (!Number.isInteger(parent)) throw new Error(`Unexpected /proc/<pid>/stat: ${stat}`);
  return parent;
}

/** `root` and every process below it, given each process's parent. */
export function processTree(root: number, parents: ReadonlyMap<number, number>): number[] {
  const tree = [root];
  // The list grows as it is walked: each process found is searched for children in turn.
  for (const above of tree) {
    for (const [pid, parent] of parents) if (parent === above) tree.push(pid);
  }
  return tree;
}

/** Reads a file of /proc, or undefined when its process has ended meanwhile. */
async function procFile(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ESRCH') return undefined;
    throw error;
  }
}

/** Every running process's parent. */
async function parentsOfAll(): Promise<Map<number, number>> {
  const parents = new Map<number, number>();
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  await Promise.all(
    pids.map(async (pid) => {
      const stat = await procFile(`/proc/${pid}/stat`);
      if (stat !== undefined) parents.set(Number(pid), parentPid(stat));
    }),
  );
  return parents;
}

/**
 * The pid of the browser this process launched through Playwright: its child started with
 * --remote-debugging-pipe, which is how Playwright talks to Chromium. Throws unless there is exactly one.
 */
export async function launchedBrowserPid(): Promise<number> {
  const parents = await parentsOfAll();
  const browsers: number[] = [];
  for (const [pid, parent] of parents) {
    if (parent !== process.pid) continue;
    const commandLine = (await procFile(`/proc/${String(pid)}/cmdline`)) ?? '';
    if (commandLine.split('\0').includes('--remote-debugging-pipe')) browsers.push(pid);
  }
  if (browsers.length !== 1) {
    throw new Error(`Expected one browser launched by this process, found ${String(browsers.length)}.`);
  }
  return browsers[0] ?? 0;
}

/** The memory of `root` and its descendants now (smaps_rollup: Rss and Pss of each process). */
export async function processMemory(root: number): Promise<ProcessMemory> {
  const tree = processTree(root, await parentsOfAll());
  const each = await Promise.all(
    tree.map(async (pid) => {
      const rollup = await procFile(`/proc/${String(pid)}/smaps_rollup`);
      return rollup === undefined ? undefined : kilobyteFields(rollup);
    }),
  );
  const counted = each.filter((fields) => fields !== undefined);
  if (counted.length === 0) throw new Error(`Process ${String(root)} is not running.`);
  const sum = (name: string) => counted.reduce((total, fields) => total + (fields.get(name) ?? 0), 0);
  return { processes: counted.length, rssBytes: sum('Rss'), pssBytes: sum('Pss') };
}

/** The larger of two measures, field by field (the process count with the larger PSS). */
function larger(a: ProcessMemory, b: ProcessMemory): ProcessMemory {
  return {
    processes: a.pssBytes >= b.pssBytes ? a.processes : b.processes,
    rssBytes: Math.max(a.rssBytes, b.rssBytes),
    pssBytes: Math.max(a.pssBytes, b.pssBytes),
  };
}

/**
 * Measures `root`'s tree every `everyMs` while `work` runs and once after it: the most it came to.
 * A sample reads every process's page tables, which costs a little CPU beside the work measured.
 */
export async function peakProcessMemory<T>(
  root: number,
  work: () => Promise<T>,
  everyMs = 250,
): Promise<{ result: T; peak: ProcessMemory }> {
  let peak = await processMemory(root);
  const done = new AbortController();
  const sampling = (async () => {
    while (!done.signal.aborted) {
      await new Promise((resolve) => setTimeout(resolve, everyMs));
      peak = larger(peak, await processMemory(root));
    }
  })();
  let result: T;
  try {
    result = await work();
  } finally {
    done.abort();
    await sampling;
  }
  return { result, peak: larger(peak, await processMemory(root)) };
}
