import { useEffect, useId, useRef, useState } from 'react';
import type { LibraryEntry } from '../../library/entry.ts';
import { overviewOf } from '../../library/overview.ts';
import { checkScriptText } from '../../library/script-text.ts';
import type { Script } from '../../script/model.ts';
import { errorMessage } from '../../error-message.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { ScriptFacts } from '../library/ScriptFacts.tsx';
import { ScriptPlan } from '../plan/ScriptPlan.tsx';
import { libraryHref } from '../routes.ts';
import { errorsByLine, lineStart } from './editor-lines.ts';
import { MarkdownField } from './MarkdownField.tsx';
import { ProblemList } from './ProblemList.tsx';
import { useLeaveGuard } from './use-leave-guard.ts';
import { useScriptCheck } from './use-script-check.ts';

/** Stores a script from the editor; `replaces` is the id it was stored under before, if it was. */
/** Stores the script; `fileName` is the file an edited imported script came from, none for one written here. */
export type SaveEditedScript = (
  script: Script,
  fileName: string | undefined,
  replaces?: string,
) => Promise<void>;

interface ScriptEditorProps {
  readonly heading: string;
  /** The Markdown the editor starts with. */
  readonly initialText: string;
  /** The id the script is stored under, when an imported script is edited. */
  readonly storedId?: string;
  /** The file an edited script was imported from, kept with it; a new script is named after its id. */
  readonly fileName?: string;
  /** Every script of the library, so a new id takes none of theirs. */
  readonly library: readonly LibraryEntry[];
  readonly save: SaveEditedScript;
  /** Starts an interview of the stored script with this id. */
  readonly onRun: (id: string) => void;
}

type Outcome = { readonly ok: boolean; readonly message: string } | undefined;

const problems = (n: number): string => `${n} ${n === 1 ? 'problem' : 'problems'}`;

/**
 * Writes a script in Viva's Markdown format: checked as you type (each problem at its line), the plan
 * previewed as it will be asked, saved into the library as an imported script, and run from here.
 */
export function ScriptEditor({
  heading,
  initialText,
  storedId,
  fileName,
  library,
  save,
  onRun,
}: ScriptEditorProps) {
  const [text, setText] = useState(initialText);
  const [savedText, setSavedText] = useState(initialText);
  const [savedId, setSavedId] = useState(storedId);
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  const [busy, setBusy] = useState(false);
  // Set at once, where `busy` waits for a render: Ctrl+S pressed twice quickly must not store twice.
  const saving = useRef(false);
  const check = useScriptCheck(text, library, savedId);
  const unsaved = text !== savedText;
  const guard = useLeaveGuard(unsaved);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fieldId = useId();
  const problemsId = useId();

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const errors =
    check.result !== undefined && check.result !== 'unavailable' && !check.result.ok
      ? check.result.errors
      : [];
  const errorLines = new Set(errorsByLine(errors, text).keys());
  const preview =
    check.result !== undefined && check.result !== 'unavailable' && check.result.ok
      ? check.result.script
      : check.lastValid;

  /** Checks the text as it is now and stores it; resolves to the stored script, or undefined when refused. */
  const store = async (): Promise<Script | undefined> => {
    if (saving.current) return undefined;
    saving.current = true;
    const snapshot = text;
    setBusy(true);
    setOutcome(undefined);
    try {
      const checked = await checkScriptText(snapshot, library, savedId).catch(() => undefined);
      if (checked === undefined) {
        setOutcome({
          ok: false,
          message:
            'Not saved: the checker could not be loaded. Copy your text, reload the page and try again.',
        });
        return undefined;
      }
      if (!checked.ok) {
        const first = checked.errors[0]?.line ?? 1;
        setOutcome({
          ok: false,
          message: `Not saved: the script has ${problems(checked.errors.length)} (the first at line ${first}). Fix them, then save again.`,
        });
        return undefined;
      }
      const { script } = checked;
      await save(script, fileName, savedId);
      setSavedText(snapshot);
      setSavedId(script.id);
      setOutcome({ ok: true, message: `Saved “${script.title}” in your library.` });
      return script;
    } catch (error) {
      setOutcome({
        ok: false,
        message: `Not saved: the script could not be stored on this device (${errorMessage(error)}). Your text is still here.`,
      });
      return undefined;
    } finally {
      saving.current = false;
      setBusy(false);
    }
  };

  const run = async () => {
    const script = unsaved || savedId === undefined ? await store() : undefined;
    const id = script?.id ?? (unsaved ? undefined : savedId);
    if (id === undefined) return;
    // Saved just now: the page has not re-rendered yet, so the guard would still see the old changes.
    guard.release();
    onRun(id);
  };

  // Ctrl+S (Cmd+S on a Mac) saves wherever the focus is on the page, instead of saving the web page.
  const storeRef = useRef(store);
  useEffect(() => {
    storeRef.current = store;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      if (document.querySelector('dialog[open]') === null) void storeRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  const goToLine = (line: number) => {
    const field = textarea.current;
    if (!field) return;
    const offset = lineStart(text, line);
    field.focus();
    field.setSelectionRange(offset, offset);
    const lineHeight = Number.parseFloat(getComputedStyle(field).lineHeight) || 20;
    field.scrollTop = Math.max(0, (line - 1) * lineHeight - field.clientHeight / 3);
    field.scrollLeft = 0;
  };

  return (
    <article className="editor">
      <p className="back">
        <a href={libraryHref}>← Library</a>
      </p>
      <div className="page-heading">
        <h1 ref={headingRef} tabIndex={-1}>
          {heading}
        </h1>
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            aria-keyshortcuts="Control+S Meta+S"
            onClick={() => void store()}
          >
            Save <kbd>Ctrl+S</kbd>
          </button>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void run()}>
            {unsaved || savedId === undefined ? 'Save and run' : 'Run'}
          </button>
        </div>
      </div>
      <p className="hint">
        Viva’s script format: front matter, then <code>## Opening</code>, <code>## Question: …</code> sections
        and <code>## Closing</code>. Checked as you type; saved scripts are listed in the library as imported.
        Tab moves on to the next control, so indent with spaces.
      </p>
      <p
        className={outcome?.ok === false ? 'editor-outcome action-failure' : 'editor-outcome'}
        role="status"
        aria-live="polite"
      >
        {outcome?.message ?? (unsaved ? 'Unsaved changes.' : '')}
      </p>
      <div className="editor-columns">
        <section className="editor-source" aria-labelledby={`${fieldId}-label`}>
          <label id={`${fieldId}-label`} htmlFor={fieldId} className="editor-label">
            Script (Markdown)
          </label>
          <MarkdownField
            id={fieldId}
            value={text}
            onChange={setText}
            errorLines={errorLines}
            describedBy={problemsId}
            textareaRef={textarea}
          />
          <ProblemList id={problemsId} check={check} onGoToLine={goToLine} />
        </section>
        <section className="editor-preview" aria-label="Preview">
          {preview === undefined ? (
            <p className="hint">
              {check.result === undefined
                ? 'Checking the script…'
                : 'The plan shows here when the script has no problems.'}
            </p>
          ) : (
            <>
              {errors.length > 0 && <p className="hint">The last version without problems:</p>}
              <h2 lang={preview.language}>{preview.title}</h2>
              <ScriptFacts overview={overviewOf(preview)} />
              <ScriptPlan script={preview} />
            </>
          )}
        </section>
      </div>
      <ConfirmDialog
        open={guard.leaving !== undefined}
        title="Leave without saving?"
        confirmLabel="Leave"
        cancelLabel="Stay"
        onConfirm={guard.leave}
        onCancel={guard.stay}
      >
        <p>Your changes to this script are not saved and will be lost.</p>
      </ConfirmDialog>
    </article>
  );
}
