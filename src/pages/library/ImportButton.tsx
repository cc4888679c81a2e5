import { importableExtensions } from '../../library/import-file.ts';
import { FileButton } from '../../ui/FileButton.tsx';

interface ImportButtonProps {
  readonly busy: boolean;
  readonly onFile: (file: File) => void;
}

/** "Import script…": opens the browser's file picker for Markdown and text files. */
export function ImportButton({ busy, onFile }: ImportButtonProps) {
  return (
    <FileButton
      className="button button-primary"
      busy={busy}
      onFile={onFile}
      inputLabel="Import script file"
      accept={[...importableExtensions, 'text/markdown', 'text/plain'].join(',')}
    >
      {busy ? 'Importing…' : 'Import script…'}
    </FileButton>
  );
}
