import { useRef } from 'react';
import { importableExtensions } from '../../library/import-file.ts';

interface ImportButtonProps {
  readonly busy: boolean;
  readonly onFile: (file: File) => void;
}

/** "Import script…": a real button that opens the browser's file picker for Markdown and text files. */
export function ImportButton({ busy, onFile }: ImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button button-primary"
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {busy ? 'Importing…' : 'Import script…'}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label="Import script file"
        accept={[...importableExtensions, 'text/markdown', 'text/plain'].join(',')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) imports it again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
