// Voice on every marker: `quoted` inside a direct or partial quotation or an embedded post (speaker = the
// quote's speaker or the poster), `attributed` inside a clause reported from a named source, `quoted` again
// inside a title, a name, a slogan or a word mentioned as a word (a `title-or-name` quotation, with its speaker,
// as a rule none: someone else's words, or words mentioned rather than used), `author` otherwise (also what the
// writer reports in the first person: "I have argued that ...", "as we have reported, ...").
import type { Marker, Quote, Tokenized } from '../types.ts';
import { ANONYMOUS, cueClause, type CueClause } from './attribution.ts';
import type { Post } from './posts.ts';

const SPEECH = new Set(['direct', 'partial', 'headline-attribution', 'title-or-name']);

/** A stretch of someone's words: a quotation (with its kind), or a post. */
type Speech = Pick<Quote, 'start' | 'end' | 'speaker'> & { kind?: Quote['kind'] };

/** A title, a name, a slogan or a word mentioned ('the term "Zionist entity"', 'the show "Crossfire"', 'signs reading
 * "Stand With Ruritania"'), which a clause reported around it outranks (the source it cites is more than no one). */
const named = (q: Speech): boolean => q.kind === 'title-or-name';

/** The narrower of the quotation held so far and `q`. */
function inner(held: Speech | undefined, q: Speech): Speech {
  return !held || q.end - q.start < held.end - held.start ? q : held;
}

/**
 * The writer in the first person, or the reader addressed: outside a quotation "I", "we" and "you" are the text's own
 * voice ("I always told myself that ...", "as we have reported, ...", "We declare at every wedding that ..."), so the
 * clause such a cue reports stays the author's. (The speaker resolves these pronouns to themselves; "US", the country,
 * is a name.)
 */
const WRITER = new Set(['I', 'we', 'you']);

export function assignVoice(_t: Tokenized, markers: Marker[], quotes: Quote[], cues: Marker[], posts: Post[] = []): Marker[] {
  const speech: Speech[] = [...quotes.filter((q) => SPEECH.has(q.kind)), ...posts].sort((a, b) => a.start - b.start);
  const reported = cues
    .filter((c) => c.speaker !== '' && c.speaker !== ANONYMOUS && !WRITER.has(c.speaker))
    .map((c, order) => ({ cue: c, clause: withinQuotation(cueClause(c), c, speech)!, order }))
    .filter((r) => r.clause && r.clause.contentStart >= 0)
    .sort((a, b) => a.clause.contentStart - b.clause.contentStart || a.cue.start - b.cue.start);
  // one sweep in marker order, keeping only the quotes and clauses that are open at the marker
  const order = markers.map((_, i) => i).sort((a, b) => markers[a]!.start - markers[b]!.start || a - b);
  const out: Marker[] = new Array(markers.length);
  const openQuotes: Speech[] = [];
  const openClauses: typeof reported = [];
  let nq = 0;
  let nr = 0;
  for (const i of order) {
    const m = markers[i]!;
    while (nq < speech.length && speech[nq]!.start <= m.start) openQuotes.push(speech[nq++]!);
    while (nr < reported.length && reported[nr]!.clause.contentStart <= m.start) openClauses.push(reported[nr++]!);
    prune(openQuotes, (q) => q.end >= m.start);
    prune(openClauses, (r) => r.clause.contentEnd >= m.start);
    // the innermost quotation holding the marker (speech first, then a title or a name)
    let inQuote: Speech | undefined;
    let inName: Speech | undefined;
    for (const q of openQuotes) {
      if (q.end >= m.end && !(q.start === m.start && q.end === m.end)) {
        if (named(q)) inName = inner(inName, q);
        else inQuote = inner(inQuote, q);
      }
    }
    const isCue = m.category === 'attribution';
    if (inQuote) {
      out[i] = { ...m, voice: 'quoted', speaker: isCue ? firstPersonSpeaker(m.speaker, inQuote.speaker) : inQuote.speaker };
      continue;
    }
    if (!isCue) {
      // the first cue (in cue order) whose clause reports the marker; a paragraph set out under a cue's line yields
      // to a cue inside it ('The Gazette reports:' over a paragraph in which 'Dana Lee said ...')
      let r: (typeof reported)[number] | undefined;
      for (const x of openClauses) {
        const aside = x.clause.aside;
        if (aside && m.end > aside[0] && m.start < aside[1]) continue;
        if (x.clause.contentEnd >= m.end && (m.end <= x.cue.start || m.start >= x.cue.end) && (!r || outranks(x, r))) r = x;
      }
      if (r) {
        out[i] = { ...m, voice: 'attributed', speaker: r.cue.speaker };
        continue;
      }
    }
    out[i] = inName ? { ...m, voice: 'quoted', speaker: isCue ? m.speaker : inName.speaker } : { ...m, voice: 'author', speaker: isCue ? m.speaker : '' };
  }
  return out;
}

/** A speaker that names someone: not empty, not `anonymous`, and not a pronoun left unresolved ("he", "they", "I"). */
const UNRESOLVED_SPEAKER = /^(?:|anonymous|I|we|you|he|she|they|it|who|which|that)$/;

/**
 * A cue whose subject is "I" inside a quotation or a post cites the one who speaks there, not the writer: in '"I
 * have said for years that the dam will fail," Dana Ruiz told the council', the "said" is Ruiz's (the speaker
 * resolves "I" to itself, which outside a quotation is the writer, WRITER above). The quotation's speaker when it
 * names someone, else "I" as before.
 */
function firstPersonSpeaker(cueSpeaker: string, quoteSpeaker: string): string {
  if (cueSpeaker !== 'I' || UNRESOLVED_SPEAKER.test(quoteSpeaker)) return cueSpeaker;
  return quoteSpeaker;
}

/**
 * A cue inside a quotation reports no further than the quotation's end: '"As I have said, the talks are over,"
 * the minister told reporters' gives the speaker's "said" the rest of the quotation, never the writer's tag after it.
 */
function withinQuotation(clause: CueClause | undefined, cue: Marker, speech: Speech[]): CueClause | undefined {
  if (!clause || clause.contentStart < 0) return clause;
  let end = clause.contentEnd;
  for (const q of speech) {
    if (q.start > cue.start) break;
    if (!named(q) && q.end >= cue.end && q.end < end) end = q.end;
  }
  return end === clause.contentEnd ? clause : { ...clause, contentEnd: end };
}

/** Of two cues whose clauses both report a marker, the one that gives it voice: a clause of the marker's own
 * sentence before a paragraph set out under a cue's line ("The Gazette reports:" then "Dana Lee said the port will
 * close": Lee's), else the first cue. */
function outranks(x: { clause: CueClause; order: number }, r: { clause: CueClause; order: number }): boolean {
  if (!x.clause.setOut !== !r.clause.setOut) return !x.clause.setOut;
  return x.order < r.order;
}

/** Keep, in order, the items that pass. */
function prune<T>(items: T[], keep: (x: T) => boolean): void {
  let k = 0;
  for (const x of items) if (keep(x)) items[k++] = x;
  items.length = k;
}
