import type { ReactNode } from 'react';

interface TextListProps {
  readonly heading: ReactNode;
  readonly items: readonly string[];
  /** The script's language: the items are in it, the heading is the app's. */
  readonly language: string;
  readonly className?: string;
}

/** A heading and a list of the script's own texts (rubric, questions to ask); nothing when empty. */
export function TextList({ heading, items, language, className }: TextListProps) {
  if (items.length === 0) return null;
  return (
    <>
      {heading}
      <ul className={className} lang={language}>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </>
  );
}
