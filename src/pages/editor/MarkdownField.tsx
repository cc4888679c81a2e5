import { useRef, type Ref } from 'react';
import { lineCount } from './editor-lines.ts';

interface MarkdownFieldProps {
  readonly id: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** Lines with an error, marked in the gutter (the messages themselves are in the error list). */
  readonly errorLines: ReadonlySet<number>;
  /** The id of what describes the field's problems, for aria-describedby. */
  readonly describedBy: string;
  readonly textareaRef: Ref<HTMLTextAreaElement>;
}

/**
 * The script's Markdown in a plain textarea with line numbers beside it. Lines do not wrap, so each number
 * stands at its line; the gutter scrolls with the text. Tab is left to the browser (it moves to the next
 * control), so the field never traps the keyboard: indent with spaces.
 */
export function MarkdownField({
  id,
  value,
  onChange,
  errorLines,
  describedBy,
  textareaRef,
}: MarkdownFieldProps) {
  const gutter = useRef<HTMLDivElement>(null);
  const lines = lineCount(value);
  return (
    <div className="markdown-field">
      <div className="markdown-gutter" ref={gutter} aria-hidden="true">
        {Array.from({ length: lines }, (_, index) => {
          const line = index + 1;
          const wrong = errorLines.has(line);
          return (
            <span key={line} className={wrong ? 'gutter-line gutter-error' : 'gutter-line'} data-line={line}>
              {wrong ? `! ${line}` : line}
            </span>
          );
        })}
      </div>
      <textarea
        id={id}
        ref={textareaRef}
        value={value}
        wrap="off"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-invalid={errorLines.size > 0}
        aria-describedby={describedBy}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        onScroll={(event) => {
          if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
        }}
      />
    </div>
  );
}
