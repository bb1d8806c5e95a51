// Voice on every marker: `quoted` inside a direct or partial quotation (speaker = the quote's speaker),
// `attributed` inside a clause reported from a named source, `author` otherwise.
import type { Marker, Quote, Tokenized } from '../types.ts';
import { ANONYMOUS, cueClause } from './attribution.ts';

const SPEECH = new Set(['direct', 'partial', 'headline-attribution']);

export function assignVoice(_t: Tokenized, markers: Marker[], quotes: Quote[], cues: Marker[]): Marker[] {
  const speech = quotes.filter((q) => SPEECH.has(q.kind));
  const reported = cues
    .filter((c) => c.speaker !== '' && c.speaker !== ANONYMOUS)
    .map((c) => ({ cue: c, clause: cueClause(c) }))
    .filter((r) => r.clause && r.clause.contentStart >= 0);
  return markers.map((m) => {
    // the innermost quotation holding the marker
    let inQuote: Quote | undefined;
    for (const q of speech) {
      if (q.start <= m.start && q.end >= m.end && !(q.start === m.start && q.end === m.end)) {
        if (!inQuote || q.end - q.start < inQuote.end - inQuote.start) inQuote = q;
      }
    }
    const isCue = m.category === 'attribution';
    if (inQuote) return { ...m, voice: 'quoted', speaker: isCue ? m.speaker : inQuote.speaker };
    if (!isCue) {
      const r = reported.find(
        (x) => x.clause!.contentStart <= m.start && x.clause!.contentEnd >= m.end && (m.end <= x.cue.start || m.start >= x.cue.end),
      );
      if (r) return { ...m, voice: 'attributed', speaker: r.cue.speaker };
    }
    return { ...m, voice: 'author', speaker: isCue ? m.speaker : '' };
  });
}
