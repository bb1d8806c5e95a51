// tokenize: pure. wink-nlp gives sentences, tokens and part-of-speech tags; offsets are recovered by
// walking the token values through the (same-length) matching text.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { WinkMethods } from 'wink-nlp';
import type Model from 'wink-eng-lite-web-model';
import { lastStartingAtOrBefore, sectionAt } from './normalize.ts';
import type { Doc, Sentence, Token, Tokenized } from './types.ts';

/** Whether the model's own vocabulary (not a word learned from the documents) holds `text`; set with the model. */
let inVocabulary: ((text: string) => boolean) | undefined;

/**
 * Whether wink's English model knows `word` (lower-cased) as one of its words: "shock", "verdict", "bacon" are; a
 * surname it was not built with, "levi", "milbank", is not. False when the model's vocabulary cannot be read (see
 * deterministicWink), so a rule that asks refuses nothing then.
 */
export function isModelWord(word: string): boolean {
  // (the vocabulary is read with the first document wink reads)
  if (!inVocabulary) {
    engine().readDoc('');
    inVocabulary ??= () => false;
  }
  return inVocabulary?.(word.toLowerCase()) ?? false;
}

/**
 * wink-nlp learns every out-of-vocabulary word it reads into a per-instance cache, and its tokenizer
 * consults that cache ("Israel's" stays one token once some earlier document taught it the word). So a
 * document's tokens would depend on the documents read before it, and on the worker that read it. This
 * wraps wink's per-document data module so the tokenizer's look-ups only see what the model knew before
 * the first document: the same document always gives the same tokens. It relies on wink-nlp's internal
 * module layout (pinned by the lockfile); should that change, wink is used as it is.
 */
function deterministicWink(): { create: (m: typeof Model, pipe: string[]) => WinkMethods; learned: () => number } {
  const require = createRequire(import.meta.url);
  const mainPath = require.resolve('wink-nlp');
  let wrapperPath: string;
  try {
    wrapperPath = require.resolve('wink-nlp/src/dd-wrapper.js');
    require(wrapperPath);
  } catch {
    return { create: require('wink-nlp') as (m: typeof Model, pipe: string[]) => WinkMethods, learned: () => 0 };
  }
  const wrapperModule = require.cache[wrapperPath]!;
  const original = wrapperModule.exports as (data: { cache: WinkCache }) => DocData;
  let known: number | undefined;
  let cache: WinkCache | undefined;
  wrapperModule.exports = (data: { cache: WinkCache }) => {
    const wrapped = original(data);
    // everything the model knew before the first document; later lexemes are learned ones
    known ??= data.cache.currentSize();
    cache = data.cache;
    const learned = (text: string) => {
      const found = data.cache.lookup(text);
      return found !== null && found.length === 1 && found[0]! > known!;
    };
    inVocabulary = (text: string) => {
      const found = data.cache.lookup(text);
      return found !== null && found.length === 1 && found[0]! <= known!;
    };
    const addTokenIfInCache = wrapped._addTokenIfInCache;
    const isLexeme = wrapped.isLexeme;
    wrapped._addTokenIfInCache = (text, ...rest) => (learned(text) ? 0 : addTokenIfInCache(text, ...rest));
    wrapped.isLexeme = (text) => (learned(text) ? null : isLexeme(text));
    return wrapped;
  };
  // a wink-nlp loaded earlier (by another module) captured the unwrapped module: load a fresh one
  delete require.cache[mainPath];
  const create = require('wink-nlp') as (m: typeof Model, pipe: string[]) => WinkMethods;
  wrapperModule.exports = original;
  return { create, learned: () => (cache && known !== undefined ? cache.currentSize() - known : 0) };
}

interface WinkCache {
  lookup(text: string): number[] | null;
  currentSize(): number;
}

interface DocData {
  _addTokenIfInCache(text: string, ...rest: unknown[]): number;
  isLexeme(text: string): number[] | null;
}

/**
 * Learned lexemes after which wink is made afresh. Each instance keeps every new word it reads (in its
 * own copy of the model), so over a long run its memory would grow with the corpus: about 20 MB per
 * 100,000 words. A fresh instance costs a few tenths of a second; the tokens never depend on what was
 * learned (see deterministicWink).
 */
export const RELEARN_AFTER = 100_000;
const load = createRequire(import.meta.url);
let nlp: WinkMethods | undefined;
let learned = () => 0;
let renew = false;
/** wink with the model, loaded on the first call (a worker thread makes it at start, while the main
 * thread loads the lexicons), and made afresh once it has learned RELEARN_AFTER words. */
export function engine(): WinkMethods {
  if (nlp && (renew || learned() > RELEARN_AFTER)) {
    renew = false;
    nlp = undefined;
    // the model's modules keep state between instances (one of its loaders re-encodes its data on every
    // call), so the new instance gets the model's modules afresh too
    const dir = dirname(load.resolve('wink-eng-lite-web-model'));
    for (const path of Object.keys(load.cache)) if (path.startsWith(dir)) delete load.cache[path];
  }
  if (!nlp) {
    const made = deterministicWink();
    // sbd + pos are the only annotations the detectors use; negation/sentiment/ner stay off.
    // the model (about 60 MB) loads on first use, so a thread that never tokenizes never holds it
    nlp = made.create(load('wink-eng-lite-web-model') as typeof Model, ['sbd', 'pos']);
    learned = made.learned;
  }
  return nlp;
}

/** For tests: the words the current wink instance has learned, and a fresh instance on the next call. */
export const learnedWords = () => learned();
export function renewEngine(): void {
  renew = true;
}

/** A document's lemmas, read out of wink on the first request: no detector reads them, and reading them
 * for every token cost as much as the part-of-speech tags and the normal forms together. */
class Lemmas {
  private all: string[] | undefined;
  constructor(
    private readonly read: () => string[],
    readonly values: string[],
  ) {}
  at(i: number): string {
    this.all ??= this.read();
    return this.all[i] ?? this.values[i]!.toLowerCase();
  }
}

/** A token with its lemma computed on demand (see Lemmas). */
class WinkToken implements Token {
  constructor(
    public start: number,
    public end: number,
    public value: string,
    public normal: string,
    public pos: string,
    public sentence: number,
    private readonly lemmas: Lemmas,
    private readonly index: number,
  ) {}
  get lemma(): string {
    return this.lemmas.at(this.index);
  }
}

/** A verb in the past tense, which no modal takes: "described", "wrote". */
const PAST_TENSE = /^(?:\p{Ll}+ed|said|wrote|told|thought|spoke|saw|gave|took|made|knew|found|held|put|became|began|came|went|left|led|felt|meant|kept|stood|sought|brought|taught|read|ran|won|lost)$/u;

/**
 * wink tags a capitalised "Will" as the modal, also in a name: "George Will wrote", "Will described Trump
 * as". When the text writes "Will" after a capitalised name word and before a lower-case word (a person
 * Will, not a headline's "Trump Will Win"), that "Will" and every "Will" before a verb in the past or the
 * present tense are names.
 */
function willAsName(tokens: Token[]): void {
  const wills = tokens.flatMap((x, k) => (x.value === 'Will' && x.pos === 'AUX' ? [k] : []));
  if (wills.length === 0) return;
  const named = (k: number): boolean => {
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    return !!prev && !!next && prev.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(prev.value) && prev.end + 1 === tokens[k]!.start && /^\p{Ll}/u.test(next.value);
  };
  if (!wills.some(named)) return;
  // (or a present-tense verb: "Will acknowledges")
  const finite = (x: Token | undefined): boolean => !!x && (PAST_TENSE.test(x.value) || (x.pos === 'VERB' && /^\p{Ll}+[^s]s$/u.test(x.value)));
  for (const k of wills) if (named(k) || finite(tokens[k + 1])) tokens[k]!.pos = 'PROPN';
}

/** "think tank": wink reads "think" as the verb, which cuts the noun phrase ("..., says a US think tank") in two. Not
 * the verb with its subject or auxiliary before it ("I think tanks will move", "don't think tanks"); a plural only
 * after a determiner, an adjective, a number or a name ("two think tanks", "US think tanks"), not "people think tanks
 * are". */
function thinkTank(tokens: Token[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!/^think$/i.test(tokens[k]!.value) || tokens[k]!.end + 1 !== tokens[k + 1]!.start) continue;
    const prev = tokens[k - 1]?.pos ?? '';
    const singular = /^tank$/i.test(tokens[k + 1]!.value) && !/^(?:PRON|AUX|PART|ADV|SCONJ|CCONJ)$/.test(prev);
    const plural = /^tanks$/i.test(tokens[k + 1]!.value) && /^(?:DET|ADJ|NUM|PROPN)$/.test(prev);
    if (!singular && !plural) continue;
    tokens[k]!.pos = 'NOUN';
    tokens[k + 1]!.pos = 'NOUN';
  }
}

/** "the daily wrote": wink reads a periodical's noun as the adverb ("daily", "weekly"), which cuts the subject ("The
 * influential Harbour daily wrote") down to its modifiers. After a determiner, an adjective or a name and before a
 * verb it is the noun; not how often something is done ("prices rose daily", "a twice weekly meeting"). */
function periodicalNoun(tokens: Token[]): void {
  for (let k = 1; k + 1 < tokens.length; k++) {
    const tok = tokens[k]!;
    if (tok.pos !== 'ADV' || !PERIODICAL.test(tok.value)) continue;
    if (/^(?:DET|ADJ|PROPN)$/.test(tokens[k - 1]!.pos) && /^(?:VERB|AUX)$/.test(tokens[k + 1]!.pos)) tok.pos = 'NOUN';
  }
}
const PERIODICAL = /^(?:daily|weekly|monthly|quarterly|fortnightly)$/i;

/** Titles before a name whose abbreviation wink cuts from its stop and ends a sentence at ("Maj.", "Adm."); it
 * keeps "Gen.", "Lt.", "Col.", "Capt.", "Sgt.", "Dr." whole. */
export const UNSPLIT_TITLES = 'Maj|Adm|Amb|Cmdr|Cdr|Cpl|Pvt|Rev|Fr|Supt|Insp|Atty';
const UNSPLIT_TITLE = new RegExp(`^(?:${UNSPLIT_TITLES})$`);
const UNSPLIT_TITLE_STOP = new RegExp(`^(?:${UNSPLIT_TITLES})\\.$`);
/** a word all lower-case (a named constant: the build makes a \p{...} literal a `new RegExp` at each run of its
 * expression, see attribution.ts) */
const ALL_LOWER = /^\p{Ll}+$/u;

/** Token k goes on an abbreviation that wink cut at its inner full stop: one capital and a stop glued to it,
 * as "Y." after "N" and "." in "D-N.Y.". */
export function continuesAbbreviation(tokens: Token[], k: number): boolean {
  const stop = tokens[k - 1];
  const letter = tokens[k - 2];
  return stop?.value === '.' && stop.end === tokens[k]!.start && !!letter && letter.end === stop.start && /^\p{Lu}$/u.test(letter.value);
}

export function tokenize(doc: Doc): Tokenized {
  const nlp = engine();
  const { its } = nlp;
  const wdoc = nlp.readDoc(doc.match);
  const values = wdoc.tokens().out(its.value) as string[];
  const normals = wdoc.tokens().out(its.normal) as string[];
  const tags = wdoc.tokens().out(its.pos) as string[];
  const lemmas = new Lemmas(() => wdoc.tokens().out(its.lemma as (index: number) => string) as string[], values);

  const tokens: Token[] = [];
  // wink index -> our index; whitespace tokens (line breaks) are dropped.
  const ours = new Int32Array(values.length + 1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    ours[i] = tokens.length;
    const value = values[i]!;
    if (value.trim() === '') continue;
    let start = doc.match.indexOf(value, cursor);
    // wink keeps token text verbatim; a miss would mean a model change, so fall back to the cursor.
    if (start === -1) start = cursor;
    const end = Math.min(start + value.length, doc.match.length);
    cursor = end;
    // a doubled apostrophe folded to a double quote mark (see foldText) is one
    const raw = doc.text.slice(start, end);
    const text = raw === "'" && doc.match[start] === '"' ? '"' : raw;
    // a title's abbreviation wink does not know ("Maj", "Adm", "Amb") and its stop are one token, as wink
    // makes "Gen." and "Lt.": the stop ends no sentence before the name ("Rear Adm. Dana Levi said")
    if (UNSPLIT_TITLE.test(value) && values[i + 1] === '.' && doc.match[end] === '.') {
      tokens.push(new WinkToken(start, end + 1, doc.text.slice(start, end + 1), `${normals[i] ?? value.toLowerCase()}.`, 'PROPN', 0, lemmas, i));
      ours[++i] = tokens.length - 1;
      cursor = end + 1;
      continue;
    }
    tokens.push(new WinkToken(start, end, text, normals[i] ?? value.toLowerCase(), tags[i] ?? 'X', 0, lemmas, i));
  }

  willAsName(tokens);
  thinkTank(tokens);
  periodicalNoun(tokens);

  // wink sentence spans, in token indexes; then split any that cross a line break (paragraphs,
  // headlines and captions are never one sentence with what follows).
  const spans: [number, number][] = [];
  if (tokens.length === 0) return { doc, tokens, sentences: [] };
  wdoc.sentences().each((s: { tokens(): { itemAt(i: number): { index(): number }; length(): number } }) => {
    const ts = s.tokens();
    const first = ts.itemAt(0).index();
    const from = ours[first]!;
    const to = first + ts.length() >= values.length ? tokens.length : ours[first + ts.length()]!;
    if (to <= from) return;
    // wink ends a sentence at an abbreviation's full stop ("Rep. Ann Lee (D-Md.) said."): a span that
    // opens with a lower-case word on the same line continues the sentence before it
    // (nor at the full stop inside an abbreviation, one capital and a stop glued to what follows: "(D-N.Y.)"
    // is read "N", ".", "Y."; a stop glued between longer words, "troops.In Syria", is a missing space and
    // does end the sentence)
    // (nor after a title's abbreviation: "Rear Adm. Dana Levi")
    const prev = spans[spans.length - 1];
    if (prev && (continuesAbbreviation(tokens, from) || ALL_LOWER.test(tokens[from]!.value) || UNSPLIT_TITLE_STOP.test(tokens[from - 1]?.value ?? '')) && !doc.match.slice(tokens[from - 1]!.end, tokens[from]!.start).includes('\n')) prev[1] = to;
    else spans.push([from, to]);
  });
  const sentences: Sentence[] = [];
  for (const [from, to] of spans) {
    let a = from;
    for (let k = from + 1; k <= to; k++) {
      const breaks = k === to || doc.match.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n');
      if (!breaks) continue;
      const first = tokens[a]!;
      const last = tokens[k - 1]!;
      const index = sentences.length;
      sentences.push({
        index,
        start: first.start,
        end: last.end,
        tokenStart: a,
        tokenEnd: k,
        section: sectionAt(doc.sections, first.start),
      });
      for (let j = a; j < k; j++) tokens[j]!.sentence = index;
      a = k;
    }
  }
  return { doc, tokens, sentences };
}

/** The sentence index holding offset `pos` (binary search), or the last sentence before it. */
export function sentenceAt(sentences: Sentence[], pos: number): number {
  return Math.max(0, lastStartingAtOrBefore(sentences, pos));
}
