// Scare-quote markers: one per quote classified `scare` (marks included), named after the watched entry
// the quoted words name (else `generic`), plus the lexicon's own distancing hits (so-called X, ...).
import type { CompiledLexicon } from '../lexicon/compile.ts';
import type { Marker, Quote, Tokenized } from '../types.ts';
import { makeMarker } from './marker.ts';
import { demonymOf, watchedHit } from './quotes.ts';

export const SCARE_CATEGORY = 'scare-quote';

export function scareQuoteMarkers(t: Tokenized, quotes: Quote[], lexical: Marker[], lexicon: CompiledLexicon): Marker[] {
  const fromQuotes = quotes
    .filter((q) => q.kind === 'scare')
    .map((q) => {
      const hit = watchedHit(lexical, q.innerStart, q.innerEnd) ?? demonymOf(lexicon, t.doc.text.slice(q.innerStart, q.innerEnd));
      return makeMarker(t, q.start, q.end, {
        category: SCARE_CATEGORY,
        entry: hit ? hit.entry : 'generic',
        referent: hit ? hit.referent : '',
        form: 'distancing',
      });
    });
  const lexicalDistancing = lexical.filter((m) => m.category === SCARE_CATEGORY);
  return [...fromQuotes, ...lexicalDistancing];
}
