// compile: validated lexicon entries -> the structures the matcher runs on. Pure.
import { createHash } from 'node:crypto';
import { foldLetters, foldText } from '../normalize.ts';
import { LiteralScanner, requiredLiterals, requirementIds } from './prefilter.ts';
import type { LexiconEntry } from './schema.ts';

/** Where an entry (or one of its fields) was defined. */
export interface Origin {
  file: string;
  line: number;
  col: number;
}

export interface LoadedEntry extends LexiconEntry {
  category: string;
  origin: Origin;
  /** positions of the entry's fields by dotted path: `id`, `pattern`, `terms.0`, `match.1`, ... */
  at: Record<string, Origin>;
}

/** A phrase term split into lower-case words and the normalised gaps between them. */
export interface TermShape {
  words: string[];
  gaps: string[];
}

export interface PhraseVariant extends TermShape {
  entry: number;
}

/** The variants that start with one word: the longer ones by their second word (at a position only those
 * with the text's second word can match), then the one-word ones. Each list longest first, then by entry,
 * so the first full match at a position is the longest. */
export interface PhraseHead {
  long: Map<string, PhraseVariant[]>;
  single: PhraseVariant[];
}

export interface CompiledEntry {
  index: number;
  id: string;
  category: string;
  kind: 'phrase' | 'pattern';
  referent: string;
  form: string;
  stance: string;
  pattern?: RegExp;
  /** literal ids of `literals` a match of `pattern` needs (clauses of alternatives): see prefilter.ts */
  needs?: number[][];
  before?: RegExp;
  after?: RegExp;
  /** `requires`: one of these must come right before / after the match */
  needBefore?: RegExp;
  needAfter?: RegExp;
  /** `requires.quote`: only next to a quotation */
  needQuote?: boolean;
  /** one alternation over the `within` phrases, global */
  within?: RegExp;
  source: LoadedEntry;
}

export interface CompiledLexicon {
  /** sha256 over the entries in force (canonical JSON), first 16 hex digits */
  hash: string;
  files: string[];
  categories: string[];
  entries: CompiledEntry[];
  /** first word -> the phrase variants starting with it */
  phrases: Map<string, PhraseHead>;
  /** every literal some pattern needs, found in one pass over a document */
  literals: LiteralScanner;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words and gaps of a term or of text, on the folded matching alphabet. */
export function termShape(term: string): TermShape {
  const folded = foldText(term);
  const words: string[] = [];
  const gaps: string[] = [];
  let last = -1;
  for (const m of folded.matchAll(WORD)) {
    if (last !== -1) gaps.push(normalizeGap(folded.slice(last, m.index)));
    words.push(m[0].toLowerCase());
    last = m.index + m[0].length;
  }
  return { words, gaps };
}

/** Gaps compare with runs of spaces collapsed: "Israel - Hamas" and "Israel-Hamas" differ, on purpose. */
export function normalizeGap(gap: string): string {
  return gap.replace(/ +/g, ' ');
}

/** Rule-generated inflections of one word (over-generation is harmless: non-words never occur). */
export function inflections(word: string): string[] {
  const out = new Set([word, `${word}s`, `${word}es`, `${word}ed`, `${word}d`, `${word}ing`]);
  if (/[^aeiou]y$/.test(word)) {
    const stem = word.slice(0, -1);
    out.add(`${stem}ies`).add(`${stem}ied`);
  }
  if (word.endsWith('e')) out.add(`${word.slice(0, -1)}ing`);
  // ("quip": a "qu" counts as one consonant)
  if (/(?:[^aeiou]|qu)[aeiou][bdgklmnprtv]$/.test(word)) {
    const doubled = word + word.slice(-1);
    out.add(`${doubled}ed`).add(`${doubled}ing`);
  }
  return [...out];
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A phrase as a regex source: spaces match runs of spaces, a hyphen matches any folded dash. */
export function phraseSource(phrase: string): string {
  return foldText(phrase)
    .trim()
    .split(/ +/)
    .map((part) => escapeRegex(part))
    .join('[ ]+');
}

/** The forms a term matches: itself, and with `inflect` the inflections of its last word. */
export function termForms(term: string, inflect: boolean | undefined): TermShape[] {
  const shape = termShape(term);
  if (shape.words.length === 0) return [];
  const last = shape.words.at(-1)!;
  return (inflect ? inflections(last) : [last]).map((w) => ({ words: [...shape.words.slice(0, -1), w], gaps: shape.gaps }));
}

/** A form as one comparable string. */
export function formKey(shape: TermShape): string {
  return shape.words.map((w, i) => (i ? shape.gaps[i - 1] : '') + w).join('');
}

const L = '[\\p{L}\\p{N}]';

export function compileEntry(e: LoadedEntry, index: number): CompiledEntry {
  const alt = (xs: string[]) => xs.map(phraseSource).join('|');
  const c: CompiledEntry = {
    index,
    id: e.id,
    category: e.category,
    kind: e.kind,
    referent: e.referent ?? '',
    form: e.form,
    stance: e.stance ?? '',
    source: e,
  };
  // (a pattern runs on the folded text: "Erdoğan" in it is read "Erdogan")
  if (e.kind === 'pattern' && e.pattern !== undefined) c.pattern = new RegExp(foldLetters(e.pattern), 'dgiu');
  // one of the phrases right before the hit (tested on the text before it), or right after it
  const endsWith = (xs: string[]) => new RegExp(`(?<!${L})(?:${alt(xs)})[ "']*$`, 'iu');
  const startsWith = (xs: string[]) => new RegExp(`^[ "']*(?:${alt(xs)})(?!${L})`, 'iu');
  const u = e.unless;
  if (u?.before) c.before = endsWith(u.before);
  if (u?.after) c.after = startsWith(u.after);
  const r = e.requires;
  if (r?.before) c.needBefore = endsWith(r.before);
  if (r?.after) c.needAfter = startsWith(r.after);
  if (r?.quote) c.needQuote = true;
  // longest first, so at any one position the alternation finds the longest phrase
  if (u?.within) c.within = new RegExp(`(?<!${L})(?:${alt([...u.within].sort((x, y) => y.length - x.length))})(?!${L})`, 'giu');
  return c;
}

export function compileLexicon(entries: LoadedEntry[], files: string[]): CompiledLexicon {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const compiled = sorted.map(compileEntry);
  const phrases = new Map<string, PhraseHead>();
  for (const c of compiled) {
    if (c.kind !== 'phrase') continue;
    for (const term of c.source.terms ?? []) {
      for (const { words, gaps } of termForms(term, c.source.inflect)) {
        let head = phrases.get(words[0]!);
        if (!head) phrases.set(words[0]!, (head = { long: new Map(), single: [] }));
        const second = words[1];
        let list = head.single;
        if (second !== undefined) {
          list = head.long.get(second) ?? [];
          head.long.set(second, list);
        }
        list.push({ entry: c.index, words, gaps });
      }
    }
  }
  const order = (a: PhraseVariant, b: PhraseVariant) => b.words.length - a.words.length || a.entry - b.entry;
  for (const head of phrases.values()) {
    head.single.sort(order);
    for (const list of head.long.values()) list.sort(order);
  }
  const requirements = compiled.map((c) => (c.pattern ? requiredLiterals(c.pattern.source) : []));
  const literals = new LiteralScanner(requirements.flat(2));
  compiled.forEach((c, i) => {
    if (requirements[i]!.length > 0) c.needs = requirementIds(requirements[i]!, literals);
  });
  const canonical = sorted.map(({ origin: _o, at: _at, match: _m, nomatch: _n, note: _note, sources: _s, ...rest }) => rest);
  const hash = createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 16);
  const categories = [...new Set(sorted.map((e) => e.category))].sort();
  return { hash, files, categories, entries: compiled, phrases, literals };
}
