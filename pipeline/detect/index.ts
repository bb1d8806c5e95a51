// The detect stage: every detector, in order. Pure: Tokenized + lexicon in, Detection out.
import type { CompiledLexicon } from '../lexicon/compile.ts';
import type { Detection, Marker, Tokenized } from '../types.ts';
import { matchLexicon } from './lexicon.ts';
import { findQuotes } from './quotes.ts';
import { scareQuoteMarkers } from './scare.ts';
import { attributionCues, isPartOfAnother } from './attribution.ts';
import { embeddedPosts, introducedExcerpts } from './posts.ts';
import { assignVoice } from './voice.ts';

export function detect(t: Tokenized, lexicon: CompiledLexicon): Detection {
  const lexical = matchLexicon(t, lexicon);
  const { quotes, warnings } = findQuotes(t, lexical, lexicon);
  const scare = scareQuoteMarkers(t, quotes, lexical, lexicon);
  const cues = attributionCues(t, lexical, quotes);
  const others = lexical.filter((m) => m.category !== 'attribution' && m.category !== 'scare-quote');
  // a cue inside another's attribution is no marker of its own, but its clause still gives voice
  const markers = assignVoice(t, [...others, ...scare, ...cues.filter((c) => !isPartOfAnother(c))], quotes, cues, [...embeddedPosts(t), ...introducedExcerpts(t)]);
  return { markers: sortMarkers(markers), quotes: [...quotes].sort(byPosition), warnings };
}

function byPosition(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || a.end - b.end;
}

export function sortMarkers(markers: Marker[]): Marker[] {
  return [...markers].sort(
    (a, b) => byPosition(a, b) || cmp(a.category, b.category) || cmp(a.entry, b.entry),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
