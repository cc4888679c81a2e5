import { useId, useState } from 'react';
import { formatClock } from '../../interview/format-clock.ts';
import { maximumHits } from '../../store/transcript-search.ts';
import { useTranscriptSearch } from '../../store/use-transcript-search.ts';
import { formatDateTime } from '../../ui/labels.ts';
import { answerMomentHref, sessionHref } from '../routes.ts';

/** Finds what you said across every transcribed answer, in any inflection, and leads to its review. */
export function TranscriptSearch() {
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const search = useTranscriptSearch(query);
  const inputId = useId();
  return (
    <section className="transcript-search" aria-label="Search your transcripts">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(typed);
        }}
      >
        <label htmlFor={inputId}>Search what you said</label>{' '}
        <input
          id={inputId}
          type="search"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
          }}
        />{' '}
        <button type="submit" className="button button-small">
          Search
        </button>
      </form>
      {search.status === 'searching' && <p className="loading">Searching your transcripts…</p>}
      {search.status === 'error' && <p role="alert">{search.message}</p>}
      {search.status === 'ready' && (
        <>
          <p role="status">
            {search.hits.length === 0
              ? `No transcribed answer says “${query}”. Only answers transcribed in a review are searched.`
              : `${String(search.hits.length)} ${search.hits.length === 1 ? 'answer says' : 'answers say'} “${query}”` +
                (search.hits.length === maximumHits
                  ? ' (the first ones; a longer search finds fewer).'
                  : '.')}
          </p>
          <ul className="transcript-hits" aria-label="Answers that say it">
            {search.hits.map((hit) => (
              <li key={hit.answerId}>
                <a href={sessionHref(hit.session.id)}>
                  <span lang={hit.session.script.language}>{hit.session.script.title}</span>,{' '}
                  {formatDateTime(hit.session.startedAt)}
                </a>
                : <q lang={hit.language}>{hit.prompt}</q>
                <ul>
                  {hit.found.map((place) => (
                    <li key={place.startMs} lang={hit.language}>
                      <a
                        href={answerMomentHref(hit.session.id, {
                          answerId: hit.answerId,
                          atMs: place.startMs,
                        })}
                      >
                        {formatClock(place.startMs)} “{place.snippet}”
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
