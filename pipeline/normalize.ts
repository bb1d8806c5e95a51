// normalize: pure. Article -> Doc. The matching text keeps every offset (same length, one code unit
// for one code unit), so offsets found on it are offsets into the raw document text.
import type { Article, Doc, Section, SectionSpan } from './types.ts';

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '\u0060': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ', '\u3000': ' ', '\t': ' ',
  '\u00AD': ' ', '\u200B': ' ', '\uFEFF': ' ', '\r': '\n', '\u2028': '\n', '\u2029': '\n',
};
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

const DOUBLED = /''/g;

/** Latin letters beyond Latin-1: Turkish ş, ğ, ı, Polish ł, ą, transliterated Arabic ā, ḥ. */
const EXTENDED_LATIN = /[\u0100-\u024F\u1E00-\u1EFF]/g;
const HAS_EXTENDED_LATIN = /[\u0100-\u024F\u1E00-\u1EFF]/;
/** Letters with no base letter in their decomposition. */
const BASE_LETTER: Record<string, string> = { 'ı': 'i', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H', 'ŀ': 'l', 'Ŀ': 'L' };

/**
 * A Latin letter beyond Latin-1 as its base letter: wink's tokenizer breaks a word at each such letter ("Erdoğan"
 * read as "Erdo", "ğ", "an"), so the matching text it reads spells the word "Erdogan", one code unit for one; the
 * tokens' values are still read from the raw text. A letter with no base letter keeps its case as "a" or "A".
 */
function baseLetter(c: string): string {
  const base = BASE_LETTER[c] ?? c.normalize('NFD')[0]!;
  if (base.charCodeAt(0) < 0x100) return base;
  return c === c.toLowerCase() ? 'a' : 'A';
}

/** Every Latin letter beyond Latin-1 as its base letter (see baseLetter): of the text, and of a lexicon's pattern, which
 * runs on the folded text. */
export function foldLetters(text: string): string {
  return HAS_EXTENDED_LATIN.test(text) ? text.replace(EXTENDED_LATIN, baseLetter) : text;
}

/**
 * Same-length folding of quotes, apostrophes, dashes and odd spaces to ASCII, and of Latin letters beyond Latin-1 to
 * their base letters (see baseLetter). A doubled apostrophe stands
 * for a double quote mark (news archives print ''Never,'' he said): it folds to one mark and a space, the
 * space on the side away from the quoted words, so the tokenizer and the lexicon read a plain quotation.
 */
export function foldText(text: string): string {
  const plain = text.replace(FOLD_RE, (c) => FOLD[c] ?? c);
  const folded = foldLetters(plain);
  if (!text.includes("''")) return folded;
  return folded.replace(DOUBLED, (m, at: number) => {
    if (!text.startsWith("''", at)) return m;
    const opens = /\S/.test(text[at + 2] ?? ' ') && /^(?:|[\s([{/\-–—])$/u.test(text[at - 1] ?? '');
    return opens ? ' "' : '" ';
  });
}

export function normalize(article: Article): Doc {
  const match = foldText(article.text);
  return { article, text: article.text, match, sections: layoutSections(match, article) };
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let s = start;
    let e = end;
    while (s < e && text[s] === ' ') s++;
    while (e > s && text[e - 1] === ' ') e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

/** A subhead: a short line (a few words) with no closing punctuation, between body paragraphs. */
export function isSubhead(line: string): boolean {
  // a paragraph is most lines: the length rules it out before any splitting
  if (line.length > 90) return false;
  const words = line.split(/\s+/).filter(Boolean);
  const bare = line.replace(/["')\]]+$/, '');
  return words.length > 0 && words.length <= 10 && !/[.!?:;,]$/.test(bare);
}

/**
 * Sections of the text-file article layout: headline, standfirst (before a line holding only `-`),
 * caption (right after the separator), then body paragraphs with subheads between them.
 * Records: an optional title line (headline), then body paragraphs (with subheads).
 */
export function layoutSections(match: string, article: Pick<Article, 'layout' | 'hasTitle'>): SectionSpan[] {
  const ls = lines(match);
  const out: SectionSpan[] = [];
  const push = (l: Line, section: Section) => out.push({ section, start: l.start, end: l.end });
  let i = 0;
  if (article.hasTitle && ls.length > 0) push(ls[i++]!, 'headline');
  if (article.layout === 'article') {
    const sep = ls.findIndex((l, k) => k >= i && k <= i + 2 && /^-+$/.test(l.text));
    if (sep !== -1) {
      for (; i < sep; i++) push(ls[i]!, 'standfirst');
      i = sep + 1; // the separator line itself belongs to no section
      if (i < ls.length) push(ls[i++]!, 'caption');
    }
  }
  for (; i < ls.length; i++) {
    const l = ls[i]!;
    const prev = ls[i - 1];
    const next = ls[i + 1];
    const between = prev !== undefined && next !== undefined && !isSubhead(next.text);
    push(l, between && isSubhead(l.text) ? 'subhead' : 'body');
  }
  return out;
}

/** The section that holds offset `pos` (the nearest preceding line's section). */
export function sectionAt(sections: SectionSpan[], pos: number): Section {
  return sections[lastStartingAtOrBefore(sections, pos)]?.section ?? 'body';
}

/** Index of the last span (sorted by start) that starts at or before `pos`; -1 when none does. */
export function lastStartingAtOrBefore(spans: { start: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
