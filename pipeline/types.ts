// Every record that crosses a stage boundary. Offsets are UTF-16 code-unit offsets into
// the document text (Article.text), half-open [start, end).

export const SECTIONS = ['headline', 'standfirst', 'caption', 'subhead', 'body'] as const;
export type Section = (typeof SECTIONS)[number];

/** One article as ingested. `text` is the document text every offset points into. */
export interface Article {
  id: string;
  source: string;
  title: string;
  date: string;
  url: string;
  /** input file, plus `#<line>` for a record inside a JSONL/CSV/JSON file */
  path: string;
  byline: string;
  /** document text: a file's content (BOM removed), or title + "\n\n" + body for records */
  text: string;
  /** how the text is laid out: `article` = the text-file layout (headline, standfirst, -, caption, body);
   *  `record` = title (if any) then body paragraphs */
  layout: 'article' | 'record';
  /** true when the text starts with a title line (records with a title, article layout) */
  hasTitle: boolean;
}

export interface SectionSpan {
  section: Section;
  start: number;
  end: number;
}

/** normalize -> Doc. `match` has exactly the length of `text` (same offsets); it folds curly
 * apostrophes/quotes, odd spaces and dashes to plain ASCII so matchers need not care. */
export interface Doc {
  article: Article;
  text: string;
  match: string;
  /** paragraphs/lines with their section, in order, covering all non-empty lines */
  sections: SectionSpan[];
}

export interface Token {
  start: number;
  end: number;
  /** raw token text (text.slice(start, end)), but `"` for the first half of a doubled apostrophe, which
   * stands for a double quote mark (''Never,'' he said: see foldText) */
  value: string;
  /** lower-cased normal form from wink */
  normal: string;
  /** universal POS tag from wink (NOUN, VERB, PROPN, PUNCT, ...) */
  pos: string;
  lemma: string;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** index of first token and one past the last token in Tokenized.tokens */
  tokenStart: number;
  tokenEnd: number;
  section: Section;
}

export interface Tokenized {
  doc: Doc;
  tokens: Token[];
  sentences: Sentence[];
}

export const VOICES = ['author', 'quoted', 'attributed'] as const;
export type Voice = (typeof VOICES)[number];

export const STANCES = ['neutral', 'distancing', 'endorsing'] as const;
export type Stance = (typeof STANCES)[number];

/** One framing marker. `text === doc.text.slice(start, end)` always. */
export interface Marker {
  start: number;
  end: number;
  /** lexicon category (file's `category`), or `scare-quote`, `attribution` */
  category: string;
  /** lexicon entry id; for scare quotes the watched entry id or `generic` */
  entry: string;
  text: string;
  section: Section;
  sentence: number;
  voice: Voice;
  /** speaker of the quote (voice quoted) / source of the clause (attributed) / cited source (attribution cues) */
  speaker: string;
  /** attribution cues only */
  stance: Stance | '';
  /** counterpart set the form belongs to ('' if none) */
  referent: string;
  /** form type within the counterpart set ('' if none) */
  form: string;
  /** the marker's sentence, cut to at most 200 characters */
  context: string;
}

export const QUOTE_KINDS = ['direct', 'partial', 'scare', 'title-or-name', 'headline-attribution'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/** A quoted span; start/end include the quote marks. */
export interface Quote {
  start: number;
  end: number;
  kind: QuoteKind;
  text: string;
  speaker: string;
  /** the attribution cue tying the quote to its speaker (text), with offsets; '' / -1 when none */
  cue: string;
  cueStart: number;
  cueEnd: number;
  section: Section;
  /** nesting depth, 0 = outermost */
  depth: number;
  /** the quoted words: inside the quote marks (a mark can be two characters: '') */
  innerStart: number;
  innerEnd: number;
}

export interface Warning {
  code: string;
  message: string;
  start?: number;
}

/** detect -> Detection */
export interface Detection {
  markers: Marker[];
  quotes: Quote[];
  warnings: Warning[];
}

/** Per-category counts of one document, split by voice. */
export type VoiceCounts = Record<Voice, number>;

/** score -> DocScore: compact per-document summary, everything run-level reports need. */
export interface DocScore {
  docId: string;
  source: string;
  title: string;
  date: string;
  url: string;
  path: string;
  tokens: number;
  sentences: number;
  markers: number;
  /** category -> counts by voice */
  categories: Record<string, VoiceCounts>;
  /** referent -> entry id -> counts by voice (lexicon markers with a referent); the entry gives the form */
  referents: Record<string, Record<string, VoiceCounts>>;
  /** referent -> number of scare-quoted mentions (author voice) */
  scareQuoted: Record<string, number>;
  /** attribution cues in this document */
  cues: { stance: Stance; speaker: string; anonymous: boolean; entry: string }[];
  /** stemmed unigram counts, and bigram counts (joined by a space) of the bigrams the document repeats,
   * each with the first surface form in the document, for display: one line per term (see termLine in
   * score.ts, and forEachTerm to read them) */
  terms: string;
}

/** What one document yields: everything written per document plus the compact score. */
export interface DocResult {
  article: Omit<Article, 'text'>;
  detection: Detection;
  score: DocScore;
}

export interface Failure {
  path: string;
  docId: string;
  stage: string;
  reason: string;
}
