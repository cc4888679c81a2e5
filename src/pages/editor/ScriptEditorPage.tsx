import { useState } from 'react';
import { blankScriptMarkdown, copyMarkdown, takenIds } from '../../library/script-copy.ts';
import { exportScript } from '../../script/export.ts';
import type { DatabaseState } from '../../store/database-health.ts';
import { renameHash } from '../../platform/location-hash.ts';
import { saveEditedScript } from '../../store/imported-scripts.ts';
import type { Library } from '../../store/use-library.ts';
import { useScript, type ScriptEntry } from '../../store/use-script.ts';
import { LoadFailure } from '../../ui/LoadFailure.tsx';
import { editorHref, libraryHref, type EditorStart } from '../routes.ts';
import { ScriptEditor, type SaveEditedScript } from './ScriptEditor.tsx';

interface ScriptEditorPageProps {
  readonly database: DatabaseState;
  readonly library: Library;
  readonly start: EditorStart;
  /** Starts an interview of the saved (imported) script with this id. */
  readonly onRun: (id: string) => void;
}

/** What the editor starts with, fixed once: later changes to the library (its own saves) must not reset it. */
interface Beginning {
  readonly heading: string;
  readonly text: string;
  readonly storedId?: string;
  readonly fileName?: string;
}

function beginningOf(start: EditorStart, entry: ScriptEntry | undefined, library: Library): Beginning {
  const taken = takenIds(library.entries);
  if (start.from === 'new' || entry === undefined)
    return { heading: 'New script', text: blankScriptMarkdown(taken) };
  const { script } = entry;
  if (start.from === 'copy')
    return { heading: `Copy of “${script.title}”`, text: copyMarkdown(script, taken) };
  return {
    heading: `Edit “${script.title}”`,
    text: exportScript(script),
    storedId: script.id,
    ...(entry.imported?.fileName === undefined ? {} : { fileName: entry.imported.fileName }),
  };
}

/**
 * Stores the script and names the page by its edit route: a new script or a copy, once saved, is an
 * imported script (and an edited one may have a new id), so a reload opens it rather than a blank editor.
 */
const saveAndRename: SaveEditedScript = async (script, fileName, replaces) => {
  await saveEditedScript(script, fileName, replaces);
  renameHash(editorHref({ from: 'imported', id: script.id }));
};

/** The script editor, started blank, from a copy of a library script, or on an imported script itself. */
export function ScriptEditorPage({ database, library, start, onRun }: ScriptEditorPageProps) {
  // The copied or edited script (an edited one is imported); a blank script asks for the id '', which none has.
  const found = useScript(
    database,
    start.from === 'copy' ? start.source : 'imported',
    start.from === 'new' ? '' : start.id,
  );
  const [beginning, setBeginning] = useState<Beginning | undefined>(undefined);
  // The library's imported scripts must be known, so a new id takes none of theirs.
  const libraryKnown = library.imported.status !== 'loading';
  const entry = found.status === 'ready' ? found.entry : undefined;
  if (beginning === undefined && libraryKnown && (start.from === 'new' || entry !== undefined)) {
    setBeginning(beginningOf(start, entry, library));
  }

  if (beginning !== undefined) {
    return (
      <ScriptEditor
        heading={beginning.heading}
        initialText={beginning.text}
        {...(beginning.storedId === undefined ? {} : { storedId: beginning.storedId })}
        {...(beginning.fileName === undefined ? {} : { fileName: beginning.fileName })}
        library={library.entries}
        save={saveAndRename}
        onRun={onRun}
      />
    );
  }
  const back = (
    <p className="back">
      <a href={libraryHref}>← Library</a>
    </p>
  );
  if (found.status === 'error') {
    return (
      <>
        {back}
        <LoadFailure message={found.message} />
      </>
    );
  }
  if (start.from !== 'new' && found.status === 'missing') {
    return (
      <>
        {back}
        <h1>Script not found</h1>
        <p>
          There is no {start.from === 'copy' && start.source === 'builtin' ? 'built-in' : 'imported'} script
          with the id “{start.id}” to edit.
        </p>
      </>
    );
  }
  return <p className="loading">Loading the script…</p>;
}
