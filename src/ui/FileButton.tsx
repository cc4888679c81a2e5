import { useRef } from 'react';

interface FileButtonProps {
  /** The button's text, such as "Import script…". */
  readonly children: string;
  readonly busy: boolean;
  readonly onFile: (file: File) => void;
  /** The file input's accept list: extensions and MIME types. */
  readonly accept: string;
  /** Names the hidden file input for assistive technology and tests. */
  readonly inputLabel: string;
  readonly className?: string;
}

/** A real button that opens the browser's file picker and hands over the one file chosen. */
export function FileButton({
  children,
  busy,
  onFile,
  accept,
  inputLabel,
  className = 'button',
}: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} disabled={busy} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={inputLabel}
        accept={accept}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) reads it again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
