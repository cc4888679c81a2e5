/**
 * Vite plugin: the scripts in content/, parsed and validated at build time, as three modules.
 * - `virtual:builtin-overviews`: what the library's cards show, small, for the first page;
 * - `virtual:builtin-search`: each script's searchable text by id, loaded when the user first searches;
 * - `virtual:builtin-scripts`: the whole scripts, loaded when a plan or an interview needs one.
 */
import type { Plugin } from 'vite';
import { searchableText } from '../src/library/filter.ts';
import { overviewOf } from '../src/library/overview.ts';
import type { Script } from '../src/script/model.ts';
import { listContentFiles, parseFiles, problemsOf, scriptsOf } from './content-files.ts';

const modules: Readonly<Record<string, (scripts: readonly Script[]) => unknown>> = {
  'virtual:builtin-overviews': (scripts) => scripts.map(overviewOf),
  'virtual:builtin-search': (scripts) =>
    Object.fromEntries(scripts.map((script) => [script.id, searchableText(script)])),
  'virtual:builtin-scripts': (scripts) => scripts,
};

export function builtinScripts(): Plugin {
  return {
    name: 'viva-builtin-scripts',
    resolveId: (id) => (id in modules ? `\0${id}` : undefined),
    load(id) {
      const make = id.startsWith('\0') ? modules[id.slice(1)] : undefined;
      if (make === undefined) return undefined;
      const files = listContentFiles();
      files.forEach((file) => {
        this.addWatchFile(file);
      });
      const results = parseFiles(files);
      const problems = problemsOf(results);
      if (problems.length > 0) this.error(`content/ has errors:\n${problems.join('\n')}`);
      return `export default ${JSON.stringify(make(scriptsOf(results)))};`;
    },
  };
}
