// score: pure. A document's markers and tokens -> its compact DocScore, all that run-level reports need.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as STOP_WORDS } from 'natural/lib/natural/util/stopwords.js';
import type { Article, Detection, DocScore, Tokenized, VoiceCounts } from './types.ts';

const stop = new Set([...STOP_WORDS, 's', 't', 'said', 'says', 'also', 'would', 'could', 'one', 'two', 'mr', 'ms']);
const stems = new Map<string, string>();

/** Porter stem, memoised (news vocabulary repeats heavily). */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    if (stems.size < 200_000) stems.set(word, s);
  }
  return s;
}

const zero = (): VoiceCounts => ({ author: 0, quoted: 0, attributed: 0 });
const CONTENT = /^[\p{L}][\p{L}'-]*$/u;

export function score(article: Omit<Article, 'text'>, t: Tokenized, detection: Detection): DocScore {
  const categories: DocScore['categories'] = {};
  const referents: DocScore['referents'] = {};
  const scareQuoted: DocScore['scareQuoted'] = {};
  const cues: DocScore['cues'] = [];
  for (const m of detection.markers) {
    (categories[m.category] ??= zero())[m.voice]++;
    if (m.category === 'scare-quote') {
      if (m.referent && m.voice === 'author') scareQuoted[m.referent] = (scareQuoted[m.referent] ?? 0) + 1;
    } else if (m.referent) {
      ((referents[m.referent] ??= {})[m.entry] ??= zero())[m.voice]++;
    }
    if (m.category === 'attribution' && m.stance) {
      cues.push({ stance: m.stance, speaker: m.speaker, anonymous: m.speaker === '' || m.speaker === 'anonymous', entry: m.entry });
    }
  }

  const terms = new Map<string, number>();
  const surfaces = new Map<string, string>();
  /** one more of `term`; a new term also records its surface (the phrase's built only then) */
  const count = (term: string, word: string, before?: string) => {
    const n = terms.get(term);
    terms.set(term, (n ?? 0) + 1);
    if (n === undefined) surfaces.set(term, before === undefined ? word : `${before} ${word}`);
  };
  for (const sentence of t.sentences) {
    let prevStem = '';
    let prevSurface = '';
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const word = t.tokens[i]!.normal;
      if (stop.has(word) || !CONTENT.test(word)) {
        prevStem = '';
        continue;
      }
      const s = stem(word);
      count(s, word);
      if (prevStem) count(`${prevStem} ${s}`, word, prevSurface);
      prevStem = s;
      prevSurface = word;
    }
  }

  return {
    docId: article.id,
    source: article.source,
    title: article.title,
    date: article.date,
    url: article.url,
    path: article.path,
    tokens: t.tokens.filter((x) => x.pos !== 'PUNCT' && x.pos !== 'SYM').length,
    sentences: t.sentences.length,
    markers: detection.markers.length,
    categories,
    referents,
    scareQuoted,
    cues,
    ...compactTerms(terms, surfaces),
  };
}

/** Unigrams, and the two-word phrases a document repeats: a phrase seen once in a document says little
 * about its source and would make the per-document summary (and the run's memory) grow without bound. */
function compactTerms(terms: Map<string, number>, surfaces: Map<string, string>): Pick<DocScore, 'terms'> {
  const lines: string[] = [];
  for (const [term, n] of terms) {
    if (n < 2 && term.includes(' ')) continue;
    lines.push(termLine(term, n, surfaces.get(term)!));
  }
  return { terms: lines.join('\n') };
}

/**
 * DocScore.terms: one line per term, the stemmed term, its count and (when it differs from the term) the
 * first surface form, tab-separated. One string, not objects keyed by term: a document's summary stays
 * small in the cache, and the run-level pass reads it without building two objects per document. Terms
 * are words (letters, apostrophes and hyphens, see CONTENT), so they never hold a tab or a line break.
 */
export const termLine = (term: string, count: number, surface = term) =>
  surface === term ? `${term}\t${count}` : `${term}\t${count}\t${surface}`;

/** Each term of DocScore.terms, with its count and surface form. */
export function forEachTerm(lines: string, fn: (term: string, count: number, surface: string) => void): void {
  let i = 0;
  while (i < lines.length) {
    let end = lines.indexOf('\n', i);
    if (end === -1) end = lines.length;
    const tab = lines.indexOf('\t', i);
    const tab2 = lines.indexOf('\t', tab + 1);
    const term = lines.slice(i, tab);
    if (tab2 !== -1 && tab2 < end) fn(term, Number(lines.slice(tab + 1, tab2)), lines.slice(tab2 + 1, end));
    else fn(term, Number(lines.slice(tab + 1, end)), term);
    i = end + 1;
  }
}
