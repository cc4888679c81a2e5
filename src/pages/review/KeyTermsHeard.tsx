import type { CoverageVerdict } from '../../analysis/coverage.ts';
import { formatClock } from '../../interview/format-clock.ts';

interface KeyTermsHeardProps {
  readonly terms: readonly CoverageVerdict[];
  /** BCP-47 tag of the terms' language. */
  readonly lang: string;
  readonly onSeek: (atMs: number) => void;
}

/** Which of the model answer's key terms the answer used: each one heard plays from where it was said. */
export function KeyTermsHeard({ terms, lang, onSeek }: KeyTermsHeardProps) {
  if (terms.length === 0) return null;
  const heard = terms.filter((term) => term.covered === true).length;
  return (
    <section className="key-terms" aria-label="Key terms of the model answer">
      <h4>
        Key terms of the model answer: {heard} of {terms.length} said
      </h4>
      <ul className="filler-list">
        {terms.map((term) => (
          <li key={term.item} lang={lang}>
            {term.covered === true && term.evidence !== undefined ? (
              <button
                type="button"
                className="link-button"
                title={`Said at ${formatClock(term.evidence.startMs)}: ${term.evidence.quote}`}
                onClick={() => {
                  if (term.evidence !== undefined) onSeek(term.evidence.startMs);
                }}
              >
                ✓ {term.item}
              </button>
            ) : (
              <span className="coverage-note">✗ {term.item}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
