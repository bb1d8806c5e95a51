// Scare-quote markers: one per quote classified `scare` (marks included), named after the watched entry
// the quoted words name (else `generic`), plus the lexicon's own distancing hits (so-called X, ...).
import type { CompiledLexicon } from '../lexicon/compile.ts';
import type { Marker, Quote, Tokenized } from '../types.ts';
import { makeMarker } from './marker.ts';
import { NAME_CATEGORIES, watchedHit } from './quotes.ts';

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

/**
 * The watched one-word name a quoted word is the adjective, demonym or plural of ("the 'Israeli'
 * occupation", "'Israelis'", "'Palestinian' lands"): the quoted word names that referent as much as the
 * name does, though the lexicon does not flag the adjective on its own (it is in every article).
 */
function demonymOf(lexicon: CompiledLexicon, inner: string): { entry: string; referent: string } | undefined {
  const word = /^\s*(\p{L}+)\s*$/u.exec(inner)?.[1]?.toLowerCase().replace(/s$/, '');
  if (!word) return undefined;
  for (const base of new Set([word.replace(/i$/, ''), word.replace(/ian$/, 'e'), word.replace(/ian$/, 'a'), word.replace(/ian$/, '')])) {
    if (base === word) continue;
    for (const v of lexicon.phrases.get(base)?.single ?? []) {
      const entry = lexicon.entries[v.entry]!;
      if (NAME_CATEGORIES.has(entry.category)) return { entry: entry.id, referent: entry.referent };
    }
  }
  return undefined;
}
