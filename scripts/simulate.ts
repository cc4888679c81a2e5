/**
 * npm run simulate -- SCRIPT_ID [--mode strict|soft|untimed] [--candidate full|short|covers-all] [--json]
 * Runs the real interview machine on a simulated clock with a scripted candidate (full: every answer uses its
 * whole budget; short: a few seconds each, so every question is probed; covers-all: whole budgets, and every
 * checkpoint said, so every follow-up linked to one is left out) and prints each turn, asked or left out with the reason, and the
 * interview's total length, so authors see how long a script in content/ really runs.
 */
import { simulateInterview, simulatedCandidates } from '../src/interview/testing/simulate.ts';
import type { TimingMode } from '../src/interview/records.ts';
import { formatSeconds } from '../src/script/summary.ts';
import { listContentFiles, parseFiles } from './content-files.ts';

const usage =
  'npm run simulate -- SCRIPT_ID [--mode strict|soft|untimed] [--candidate full|short|covers-all] [--json]';
const modes: readonly TimingMode[] = ['strict', 'soft', 'untimed'];

function optionOf<T extends string>(
  args: readonly string[],
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const index = args.indexOf(name);
  if (index === -1) return fallback;
  const value = args[index + 1];
  const match = allowed.find((option) => option === value);
  if (match === undefined)
    throw new Error(`${name} takes ${allowed.join(', ')}; got ${value ?? 'nothing'}.\n${usage}`);
  return match;
}

async function main(args: readonly string[]): Promise<void> {
  const mode = optionOf(args, '--mode', modes, 'strict');
  const candidate = optionOf(args, '--candidate', simulatedCandidates, 'full');
  const optionValues = new Set(
    ['--mode', '--candidate'].flatMap((name) => (args.includes(name) ? [args.indexOf(name) + 1] : [])),
  );
  const id = args.find((arg, index) => !arg.startsWith('--') && !optionValues.has(index));
  const scripts = parseFiles(listContentFiles()).flatMap(({ result }) => (result.ok ? result.scripts : []));
  const script = scripts.find((candidateScript) => candidateScript.id === id);
  if (script === undefined) {
    throw new Error(
      `${id === undefined ? 'Which script?' : `No script "${id}" in content/.`} One of: ${scripts.map((s) => s.id).join(', ')}\n${usage}`,
    );
  }
  const run = await simulateInterview(script, mode, candidate);
  const totalSeconds = Math.round(run.totalMs / 1000);
  if (args.includes('--json')) {
    console.log(
      JSON.stringify(
        {
          script: script.id,
          durationSeconds: script.durationSeconds ?? null,
          totalSeconds,
          turns: run.turns,
        },
        null,
        2,
      ),
    );
    return;
  }
  for (const turn of run.turns) {
    console.log(
      `${turn.phase.padEnd(10)} ${turn.asked ? `asked, ${formatSeconds(turn.seconds)}` : 'left out'}${turn.reason === undefined ? '' : ` (${turn.reason})`}`,
    );
  }
  const stated =
    script.durationSeconds === undefined
      ? 'no stated duration'
      : `stated ${formatSeconds(script.durationSeconds)}`;
  console.log(`${script.id} (${mode}, ${candidate} candidate): ${formatSeconds(totalSeconds)}, ${stated}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
