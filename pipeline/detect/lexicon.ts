// The lexicon detector: phrase entries through a first-word dictionary (one pass over the words),
// pattern entries through their compiled regexes; then each entry's `unless` exceptions and `requires`
// conditions.
import { normalizeGap, type CompiledEntry, type CompiledLexicon, type PhraseVariant } from '../lexicon/compile.ts';
import { candidateLines } from '../lexicon/prefilter.ts';
import type { Marker, Stance, Tokenized } from '../types.ts';
import { makeMarker } from './marker.ts';

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** per UTF-16 code unit outside the surrogates: 0 not yet seen, 1 a word character, 2 not one */
const UNITS = new Uint8Array(0x10000);

/** The length (1 or 2 code units) of the word character at `i`, or 0 when there is none. */
function wordUnit(text: string, i: number): number {
  const u = text.charCodeAt(i);
  if (u < 0x80) return (u >= 0x61 && u <= 0x7a) || (u >= 0x41 && u <= 0x5a) || (u >= 0x30 && u <= 0x39) ? 1 : 0;
  if (u >= 0xd800 && u <= 0xdfff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  if (UNITS[u] === 0) UNITS[u] = WORD_CHAR.test(String.fromCharCode(u)) ? 1 : 2;
  return UNITS[u] === 1 ? 1 : 0;
}
const WINDOW = 80;
/** (on the folded text every quote mark is " or ') */
const QUOTE_MARK = /^["']$/;
const QUOTE_MARKS = /["']/g;

export function matchLexicon(t: Tokenized, lexicon: CompiledLexicon): Marker[] {
  const text = t.doc.match;
  const out: Marker[] = [];
  // the words of a link's path are a slug, no one's wording ("/israel-hamas-war-idf-says-..."); a post's list
  // of tags files it under topics, it writes no words ("#Israel #Gaza #Hamas")
  const wordless = [...webAddresses(text), ...tagLists(text)];
  const emit = (c: CompiledEntry, start: number, end: number): boolean => {
    if (end <= start || cancelled(c, text, start, end)) return false;
    if (wordless.length > 0 && wordless.some((l) => l.start < end && start < l.end)) return false;
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
  // the words ([\p{L}\p{N}]+), scanned by hand: a regex match object per word was a tenth of this stage
  for (let i = 0, w = 0; i < text.length; ) {
    if ((w = wordUnit(text, i)) === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += w;
    while (i < text.length && (w = wordUnit(text, i)) !== 0);
    starts.push(start);
    ends.push(i);
    lower.push(text.slice(start, i).toLowerCase());
  }
  // per entry: where its last phrase hit ended, and the word index it last matched at
  const lastEnd = new Int32Array(lexicon.entries.length).fill(-1);
  const matchedAt = new Int32Array(lexicon.entries.length).fill(-1);
  const tryVariants = (i: number, variants: PhraseVariant[] | undefined): void => {
    if (!variants) return;
    for (const v of variants) {
      if (matchedAt[v.entry] === i || lastEnd[v.entry]! > starts[i]!) continue;
      const n = v.words.length;
      if (i + n > lower.length) continue;
      let ok = true;
      // the first and the last quote mark passed over: one that closes a quotation (right after a word) or
      // opens one (right before a word)
      let firstMark = '';
      let lastMark = '';
      for (let k = 1; k < n && ok; k++) {
        ok = lower[i + k] === v.words[k];
        if (!ok) break;
        const gap = normalizeGap(text.slice(ends[i + k - 1]!, starts[i + k]!));
        if (gap === v.gaps[k - 1]) continue;
        // a word scare-quoted inside the phrase leaves it whole ("the 'Israeli' occupation forces"): quote
        // marks beside a space are passed over, when the quotation opens and closes within the phrase or
        // right at its ends (not "in 'fact-finding phase'")
        ok = gap.includes(' ') && normalizeGap(gap.replace(QUOTE_MARKS, '')) === v.gaps[k - 1];
        if (!ok) break;
        const closes = QUOTE_MARK.test(gap[0]!);
        const opens = QUOTE_MARK.test(gap.at(-1)!);
        firstMark ||= closes ? 'close' : 'open';
        lastMark = opens ? 'open' : 'close';
      }
      if (ok && firstMark !== '') {
        ok = (firstMark === 'open' || QUOTE_MARK.test(text[starts[i]! - 1] ?? '')) && (lastMark === 'close' || QUOTE_MARK.test(text[ends[i + n - 1]!] ?? ''));
      }
      // a cancelled long variant leaves the entry's shorter variants to try at this position
      if (!ok || !emit(lexicon.entries[v.entry]!, starts[i]!, ends[i + n - 1]!)) continue;
      matchedAt[v.entry] = i;
      lastEnd[v.entry] = ends[i + n - 1]!;
    }
  };
  for (let i = 0; i < lower.length; i++) {
    const head = lexicon.phrases.get(lower[i]!);
    if (!head) continue;
    if (i + 1 < lower.length) tryVariants(i, head.long.get(lower[i + 1]!));
    tryVariants(i, head.single);
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
  return withoutStatedLabels(out);

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

/**
 * A label inside a statement that attributes it, of the same referent ("the EU considers the group a
 * terrorist organisation", "labeled by the U.S. as terrorist organizations"), is the statement's: it counts
 * once, as the attributed designation, never as the writer's own label as well. (`unless` lists cancel the
 * fixed forms; a name between the verb and the label cannot be listed.)
 */
function withoutStatedLabels(markers: Marker[]): Marker[] {
  const statements = markers.filter((m) => m.form === 'designation-attributed');
  if (statements.length === 0) return markers;
  return markers.filter(
    (m) => m.form !== 'designation-label' || !statements.some((s) => s.referent === m.referent && s.start <= m.start && m.end <= s.end),
  );
}

/**
 * A web address: one with its scheme ("https://...", "www...."), or a bare domain with a path
 * ("aje.io/iy19k", "arab.news/m4h6d"); it runs to the next space, less the punctuation that ends a
 * sentence or closes a bracket after it.
 */
const SCHEMED_ADDRESS = /(?:\bhttps?:\/\/|\bwww\.)\S*?(?=[.,;:!?)\]"'>]*(?:\s|$))/giu;
const BARE_ADDRESS = /(?<![\p{L}\p{N}@.\/-])(?:[a-z0-9-]+\.)+[a-z]{2,6}\/\S*?(?=[.,;:!?)\]"'>]*(?:\s|$))/giu;
/** What each kind must hold (same flags, so a text without it cannot match). The bare kind opens with a
 * lookbehind, which the regex engine tries at every position: most texts with a "/" ("24/7", "and/or")
 * hold no ".tld/" and skip it. */
const SCHEMED_HINT = /https?:\/\/|www\./iu;
const BARE_HINT = /\.[a-z]{2,6}\//iu;

export function webAddresses(text: string): { start: number; end: number }[] {
  const found: RegExpExecArray[] = [];
  if (SCHEMED_HINT.test(text)) found.push(...text.matchAll(SCHEMED_ADDRESS));
  if (BARE_HINT.test(text)) found.push(...text.matchAll(BARE_ADDRESS));
  found.sort((a, b) => a.index - b.index);
  // as one pattern would find them: the first to start wins, and none starts inside another
  const out: { start: number; end: number }[] = [];
  for (const m of found) {
    if (out.length > 0 && m.index < out.at(-1)!.end) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A run of two or more hashtags with nothing between them but spaces, symbols or emoji: a post's tag list.
 * A hashtag alone inside a sentence ("the truce between #Israel and #Hamas") is a word of it, and so is
 * the first of a run that a sentence runs into ("a surprise attack on #Israel #America #Event"). */
const TAG_LIST = /(?<![\p{L}\p{N}_#])#[\p{L}\p{N}_]+(?:[\s\p{S}\p{Emoji_Presentation}\uFE0F\u200D]*(?<![\p{L}\p{N}_#])#[\p{L}\p{N}_]+)+/gu;

export function tagLists(text: string): { start: number; end: number }[] {
  if (!text.includes('#')) return [];
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(TAG_LIST)) {
    let start = m.index;
    // (a sentence that runs into the run: its last word before the first tag is in lower case)
    if (/[\p{Ll},][^\S\n]*$/u.test(text.slice(Math.max(0, start - 40), start))) start = text.indexOf('#', start + 1);
    out.push({ start, end: m.index + m[0].length });
  }
  return out;
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
// most five words (," Sen. Ann Lee continued); or a quotation opening right after (joked: "..."), in
// single quote marks too when a capital opens the words (protesters chant 'We ...', as headlines quote)
const QUOTE_BEFORE = /[,.!?-](?:"|'')\s*(?:[\p{L}\p{N}.'-]+\s+){0,5}$/u;
const QUOTE_AFTER = /^\s*[,:]?\s*(?:"|''|'(?=\p{Lu}))/u;

function cancelled(c: CompiledEntry, text: string, start: number, end: number): boolean {
  // the words around the hit, cut once for every condition that reads them (no closures: this runs for
  // every hit)
  const lead = c.before || c.needBefore || c.needQuote ? leading(text, start) : '';
  const trail = c.after || c.needAfter || c.needQuote ? trailing(text, end) : '';
  if (c.before && c.before.test(lead)) return true;
  if (c.after && c.after.test(trail)) return true;
  if (c.needBefore && !c.needBefore.test(lead)) return true;
  if (c.needAfter && !c.needAfter.test(trail)) return true;
  if (c.needQuote && !QUOTE_BEFORE.test(lead) && !QUOTE_AFTER.test(trail)) return true;
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
