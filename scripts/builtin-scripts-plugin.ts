/** Vite plugin: `virtual:builtin-scripts` is every content/ script, parsed and validated at build time. */
import type { Plugin } from 'vite';
import { listContentFiles, parseFiles, problemsOf, scriptsOf } from './content-files.ts';

const moduleId = 'virtual:builtin-scripts';
const resolvedId = `\0${moduleId}`;

export function builtinScripts(): Plugin {
  return {
    name: 'viva-builtin-scripts',
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      const files = listContentFiles();
      files.forEach((file) => {
        this.addWatchFile(file);
      });
      const results = parseFiles(files);
      const problems = problemsOf(results);
      if (problems.length > 0) this.error(`content/ has errors:\n${problems.join('\n')}`);
      return `export default ${JSON.stringify(scriptsOf(results))};`;
    },
  };
}
