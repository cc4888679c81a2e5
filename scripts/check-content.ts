/**
 * npm run check:content [files…] [--json]
 * Validates script files (default: every script in content/), prints one line per script and one per line
 * of a file no script was read from (as the import preview lists them), and exits non-zero on any error.
 * With --json, prints a JSON array with the figures of each script and the whole Script as the app reads
 * it (under `script`), so an import can be checked exactly from the command line.
 */
import { relative } from 'node:path';
import { formatSeconds, summarizeScript } from '../src/script/summary.ts';
import { listContentFiles, parseFiles, problemsOf } from './content-files.ts';

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((arg) => arg !== '--json');
const results = parseFiles(files.length > 0 ? files : listContentFiles());
const problems = problemsOf(results);

const rows = results.flatMap(({ file, result }) =>
  result.ok
    ? result.scripts.map((script) => ({
        file: relative(process.cwd(), file),
        id: script.id,
        title: script.title,
        kind: script.kind,
        language: script.language,
        ...summarizeScript(script),
        script,
      }))
    : [],
);

if (json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  for (const row of rows) {
    console.log(
      `ok  ${row.id}  ${row.language}  ${count(row.questions, 'question')}, ${count(row.followUps, 'follow-up')}, ` +
        `${count(row.traps, 'trap')}, ${count(row.checkpoints, 'checkpoint')}  ${formatSeconds(row.totalSeconds)}  (${row.file})`,
    );
  }
  for (const { file, unused } of results) {
    for (const line of unused) {
      console.log(`not used  ${relative(process.cwd(), file)}: line ${line.number}: ${line.text.trim()}`);
    }
  }
}
for (const problem of problems) console.error(`error  ${problem}`);
if (problems.length > 0) {
  console.error(`${count(problems.length, 'error')}; fix them and run again.`);
  process.exitCode = 1;
} else if (!json) {
  console.log(`${rows.length} scripts checked, no errors.`);
}
