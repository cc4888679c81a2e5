import { useMemo } from 'react';
import { errorMessage } from '../error-message.ts';
import { searchTranscripts, type TranscriptHit } from './transcript-search.ts';
import { useLiveLoaded } from './use-live-loaded.ts';

export type TranscriptSearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'searching' }
  | { readonly status: 'ready'; readonly hits: readonly TranscriptHit[] }
  | { readonly status: 'error'; readonly message: string };

/** The answers whose transcripts say `query`; live, so a transcript made meanwhile shows up. Idle when blank. */
export function useTranscriptSearch(query: string): TranscriptSearchState {
  const { loaded } = useLiveLoaded(() => searchTranscripts(query), [query]);
  return useMemo((): TranscriptSearchState => {
    if (query.trim() === '') return { status: 'idle' };
    if (!loaded) return { status: 'searching' };
    if (!loaded.ok)
      return { status: 'error', message: `Transcripts could not be searched: ${errorMessage(loaded.error)}` };
    return { status: 'ready', hits: loaded.value };
  }, [query, loaded]);
}
