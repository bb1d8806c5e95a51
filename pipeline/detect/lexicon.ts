// The lexicon detector: phrase entries through a first-word dictionary (one pass over the words),
// pattern entries through their compiled regexes; then each entry's `unless` exceptions and `requires`
// conditions.
import { normalizeGap, type CompiledEntry, type CompiledLexicon } from '../lexicon/compile.ts';
import { candidateLines } from '../lexicon/prefilter.ts';
import type { Marker, Stance, Tokenized } from '../types.ts';
import { makeMarker } from './marker.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const WINDOW = 80;

export function matchLexicon(t: Tokenized, lexicon: CompiledLexicon): Marker[] {
  const text = t.doc.match;
  const out: Marker[] = [];
  const emit = (c: CompiledEntry, start: number, end: number): boolean => {
    if (end <= start || cancelled(c, text, start, end)) return false;
    out.push(
      makeMarker(t, start, end, {
        category: c.category,
        entry: c.id,
        referent: c.referent,
        form: c.form,
        stance: c.stance as Stance | '',
      }),
    );
    return true;
  };

  // phrases
  const starts: number[] = [];
  const ends: number[] = [];
  const lower: string[] = [];
  for (const m of text.matchAll(WORD)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    lower.push(m[0].toLowerCase());
  }
  const lastEnd = new Map<number, number>();
  for (let i = 0; i < lower.length; i++) {
    const variants = lexicon.phrases.get(lower[i]!);
    if (!variants) continue;
    const seen = new Set<number>();
    for (const v of variants) {
      if (seen.has(v.entry) || (lastEnd.get(v.entry) ?? -1) > starts[i]!) continue;
      const n = v.words.length;
      if (i + n > lower.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        ok = lower[i + k] === v.words[k] && normalizeGap(text.slice(ends[i + k - 1]!, starts[i + k]!)) === v.gaps[k - 1];
      }
      // a cancelled long variant leaves the entry's shorter variants to try at this position
      if (!ok || !emit(lexicon.entries[v.entry]!, starts[i]!, ends[i + n - 1]!)) continue;
      seen.add(v.entry);
      lastEnd.set(v.entry, ends[i + n - 1]!);
    }
  }

  // patterns run line by line: a match never spans a line break, as a sentence never does (tokenize ends
  // sentences there: headlines, subheads and paragraphs stand apart). One scan for the literals each
  // pattern needs tells which lines can hold a match; the pattern runs on those alone.
  const where = lexicon.literals.lines(text);
  const lineEnd = (n: number) => (n + 1 < where.starts.length ? where.starts[n + 1]! - 1 : text.length);
  let every: number[] | undefined;
  for (const c of lexicon.entries) {
    if (!c.pattern) continue;
    const lines = c.needs?.length ? candidateLines(c.needs, where) : (every ??= where.starts.map((_, n) => n));
    for (const n of lines) matchPattern(c, text.slice(where.starts[n], lineEnd(n)), where.starts[n]!);
  }
  return out;

  function matchPattern(c: CompiledEntry, span: string, offset: number): void {
    const re = c.pattern!;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(span)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const [start, end] = m.indices?.groups?.mark ?? [m.index, m.index + m[0].length];
      emit(c, offset + start, offset + end);
    }
  }
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** The words before a hit, on its line. */
function leading(text: string, start: number): string {
  return text.slice(Math.max(lineStart(text, start), start - WINDOW), start);
}

/** The words after a hit, on its line. */
function trailing(text: string, end: number): string {
  const nl = text.indexOf('\n', end);
  return text.slice(end, Math.min(nl === -1 ? text.length : nl, end + WINDOW));
}

// On the folded text (curly quotes are straight): a quotation closed by punctuation and its mark, then at
// most five words (," Sen. Ann Lee continued); or a quotation opening right after (joked: "...").
const QUOTE_BEFORE = /[,.!?-](?:"|'')\s*(?:[\p{L}\p{N}.'-]+\s+){0,5}$/u;
const QUOTE_AFTER = /^\s*[,:]?\s*(?:"|'')/;

function cancelled(c: CompiledEntry, text: string, start: number, end: number): boolean {
  // the words around the hit, cut once for every condition that reads them
  let lead: string | undefined;
  let trail: string | undefined;
  const before = () => (lead ??= leading(text, start));
  const after = () => (trail ??= trailing(text, end));
  if (c.before && c.before.test(before())) return true;
  if (c.after && c.after.test(after())) return true;
  if (c.needBefore && !c.needBefore.test(before())) return true;
  if (c.needAfter && !c.needAfter.test(after())) return true;
  if (c.needQuote && !QUOTE_BEFORE.test(before()) && !QUOTE_AFTER.test(after())) return true;
  if (c.within) {
    // only a window around the hit can hold a longer phrase that contains it
    const from = Math.max(0, start - WINDOW);
    const window = text.slice(from, Math.min(text.length, end + WINDOW));
    const re = c.within;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    // step one character past each match start, so overlapping phrases are all tried
    while ((m = re.exec(window)) !== null && from + m.index <= start) {
      if (from + m.index + m[0].length >= end) return true;
      re.lastIndex = m.index + 1;
    }
  }
  return false;
}
