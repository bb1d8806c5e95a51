// BASIL evaluation: whether the gold bias spans that annotators marked as inside a quotation lie in one of
// framewatch's direct or partial quotations (and whose), whether those marked outside lie outside every one,
// and the voice framewatch gives the markers inside the spans. Reads <dir>/articles/<year>/<id>.json and
// <dir>/annotations/<year>/<id>_ann.json; see the corpus's SOURCE.md.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeText } from '../analyze.ts';
import type { Quote, Voice } from '../types.ts';
import { speakerMatches } from './polnear.ts';
import { overlap, pct } from './shared.ts';

/** The fields of a BASIL article file the evaluation reads. */
export interface BasilArticle {
  source: string;
  title: string;
  'body-paragraphs': string[][];
}

/** One phrase-level annotation (the fields the evaluation reads). */
export interface BasilSpan {
  id: string;
  start: number;
  end: number;
  txt: string;
  quote: string;
  speaker: string;
}

/** An article's text as framewatch reads it, and where each gold sentence starts in it. */
export interface RebuiltText {
  title: string;
  /** the paragraphs, separated by a blank line */
  body: string;
  /** title, blank line, body: the text `analyzeText(body, { title })` analyses */
  text: string;
  /** offset in `text` of the k-th body sentence (counted across paragraphs from 0): the span id `p<k>` */
  sentenceStarts: number[];
  sentences: string[];
  /** offset in `text` of the title (0), or -1 when the article has none */
  titleStart: number;
}

/**
 * The article's text: title, blank line, paragraphs separated by a blank line, the sentences of a paragraph
 * joined by a space. BASIL's sentences come from a splitter that sometimes cut after an abbreviation ("to
 * Texas Gov." / "Rick Perry ..."), so a space rejoins them; a sentence that already ends in white space
 * (about 1 in 40) gets none, nor does an empty one, so the text reads as written. Sentences are kept
 * verbatim, so a span's offsets map to the text by adding its sentence's start.
 */
export function rebuildText(article: BasilArticle): RebuiltText {
  const title = article.title ?? '';
  const titleOffset = title ? title.length + 2 : 0;
  const sentenceStarts: number[] = [];
  const sentences: string[] = [];
  const paragraphs: string[] = [];
  let at = titleOffset;
  for (const paragraph of article['body-paragraphs']) {
    if (paragraph.length === 0) continue;
    if (paragraphs.length > 0) at += 2;
    let joined = '';
    for (const sentence of paragraph) {
      if (joined !== '' && !/\s$/.test(joined)) joined += ' ';
      sentenceStarts.push(at + joined.length);
      sentences.push(sentence);
      joined += sentence;
    }
    paragraphs.push(joined);
    at += joined.length;
  }
  const body = paragraphs.join('\n\n');
  return { title, body, text: title ? `${title}\n\n${body}` : body, sentenceStarts, sentences, titleStart: title ? 0 : -1 };
}

/** A span's offsets in the rebuilt text (`p<k>` in the k-th sentence, `title` in the title); undefined when its sentence is missing. */
export function spanOffsets(doc: RebuiltText, span: BasilSpan): { start: number; end: number; sentence: string } | undefined {
  if (span.id === 'title') return doc.titleStart < 0 ? undefined : { start: span.start, end: span.end, sentence: doc.title };
  const m = /^p(\d+)$/.exec(span.id);
  const k = m ? Number(m[1]) : -1;
  const base = doc.sentenceStarts[k];
  if (base === undefined) return undefined;
  return { start: base + span.start, end: base + span.end, sentence: doc.sentences[k]! };
}

/** A group id: `other_anti`, `other_pro`, `other_neutral` stand for anyone against, for or neutral to the target. */
const GROUP_ID = /^other_/i;

/** The last word of an id that describes several people: `Democratic_lawmakers`, `House_Democrats`, `Nebraska_officials`. */
const PEOPLE_PLURAL = /^(?:lawmakers|officials|members|democrats|republicans|catholics|protest[eo]rs|plaintiffs|companies|senators|leaders|critics|activists|supporters|voters)$/i;

/**
 * Does a gold speaker id name one person or body? The `other_...` ids are groups the annotators used for
 * everyone else; ids with no capital ("protestors", "internet_companies") describe people without naming them;
 * and an id whose last word is people in the plural ("Democratic_lawmakers", "House_Democrats") stands for a
 * set of members whom the text quotes one by one ("Senator Ann Holt said"), which no name match can check.
 * "Michael_Bloomberg", "Obama_campaign", "NAACP", "Bernie_Sanders" name one.
 */
export function isNamedSpeaker(id: string): boolean {
  const words = id.split('_');
  return id !== '' && !GROUP_ID.test(id) && words.some((w) => /^\p{Lu}/u.test(w)) && !PEOPLE_PLURAL.test(words[words.length - 1]!);
}

/** "Michael_Bloomberg" -> "Michael Bloomberg": the id's words, for the lenient name match. */
export const speakerName = (id: string): string => id.split('_').join(' ');

/**
 * Does framewatch's speaker match a named gold speaker? PolNeAR's `speakerMatches` with the id's words as the
 * gold source: a shared name word, case-folded ("Bloomberg" for `Michael_Bloomberg`, "Democrats" for
 * `House_Democrats`).
 */
export function basilSpeakerMatches(speaker: string, id: string, text: string): boolean {
  const name = speakerName(id);
  const gold = { cue: { start: 0, end: 0, text: '' }, source: { start: 0, end: name.length, text: name }, content: undefined };
  return speakerMatches(speaker, gold, [gold], text);
}

/**
 * The share of a span's characters that lie inside the direct and partial quotations (marks included):
 * BASIL's quoted spans often take in the tag ('"...," he said') or stop short of the marks.
 */
export function quotedShare(span: { start: number; end: number }, quotes: Quote[]): number {
  const length = span.end - span.start;
  if (length <= 0) return 0;
  let covered = 0;
  let at = span.start;
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const from = Math.max(at, q.start);
    const to = Math.min(span.end, q.end);
    if (to > from) {
      covered += to - from;
      at = to;
    }
  }
  return covered / length;
}

/** A span lies in a quotation when at least half of it does (see the README for why half). */
export const IN_QUOTATION = 0.5;

export interface BasilTally {
  documents: number;
  /** spans with quote: yes; those lying in a quotation; of those, the ones with a named gold speaker, and the matches */
  quoted: number;
  inQuotation: number;
  speakerChecked: number;
  speakerMatched: number;
  /** spans with quote: no; those outside every quotation */
  unquoted: number;
  outside: number;
  /** the voice of the lexicon's markers inside the spans, by the span's gold quote */
  voice: { yes: Record<Voice, number>; no: Record<Voice, number> };
}

export interface BasilScore {
  all: BasilTally;
  /** per outlet (source case-folded: fox, nyt, hpo) */
  bySource: Map<string, BasilTally>;
  /** one line per disagreement, tab-separated */
  mismatches: string[];
}

const emptyTally = (): BasilTally => ({
  documents: 0, quoted: 0, inQuotation: 0, speakerChecked: 0, speakerMatched: 0, unquoted: 0, outside: 0,
  voice: { yes: { author: 0, quoted: 0, attributed: 0 }, no: { author: 0, quoted: 0, attributed: 0 } },
});

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Scores every annotated article of the BASIL folder `dir`. */
export async function scoreBasil(dir: string): Promise<BasilScore> {
  const score: BasilScore = { all: emptyTally(), bySource: new Map(), mismatches: [] };
  const annRoot = join(dir, 'annotations');
  const years = (await readdir(annRoot)).sort();
  for (const year of years) {
    const anns = (await readdir(join(annRoot, year))).filter((f) => f.endsWith('_ann.json')).sort();
    for (const annFile of anns) {
      const stem = annFile.slice(0, -'_ann.json'.length);
      const article = JSON.parse(await readFile(join(dir, 'articles', year, `${stem}.json`), 'utf8')) as BasilArticle;
      const spans = (JSON.parse(await readFile(join(annRoot, year, annFile), 'utf8')) as { 'phrase-level-annotations'?: BasilSpan[] })['phrase-level-annotations'] ?? [];
      const outlet = (article.source ?? '').toLowerCase();
      if (!score.bySource.has(outlet)) score.bySource.set(outlet, emptyTally());
      const tallies = [score.all, score.bySource.get(outlet)!];
      const doc = rebuildText(article);
      const detection = await analyzeText(doc.body, { title: doc.title });
      const quotes = detection.quotes.filter((q) => q.depth === 0 && (q.kind === 'direct' || q.kind === 'partial'));
      for (const t of tallies) t.documents++;
      for (const span of spans) {
        const at = spanOffsets(doc, span);
        if (!at) continue;
        const yes = span.quote === 'yes';
        const inQuotation = quotedShare(at, quotes) >= IN_QUOTATION;
        // the quotation that holds most of the span: its kind and speaker
        const q = quotes.filter((x) => overlap(x, at) > 0).sort((a, b) => overlap(b, at) - overlap(a, at))[0];
        const ours = q ? `${q.kind}/${q.speaker || '-'}` : 'none';
        const named = yes && inQuotation && isNamedSpeaker(span.speaker);
        const matched = named && basilSpeakerMatches(q!.speaker, span.speaker, doc.text);
        for (const t of tallies) {
          if (yes) {
            t.quoted++;
            if (inQuotation) t.inQuotation++;
            if (named) t.speakerChecked++;
            if (matched) t.speakerMatched++;
          } else {
            t.unquoted++;
            if (!inQuotation) t.outside++;
          }
        }
        for (const m of detection.markers) {
          if (m.category === 'attribution' || m.category === 'sourcing' || m.start < at.start || m.end > at.end) continue;
          for (const t of tallies) t.voice[yes ? 'yes' : 'no'][m.voice]++;
        }
        const problem = yes ? (!inQuotation ? 'quote-missed' : named && !matched ? 'speaker' : '') : inQuotation ? 'quote-extra' : '';
        if (problem) {
          score.mismatches.push(
            [`${year}/${stem}`, outlet, `${span.id}:${span.start}-${span.end}`, problem, `ours=${ours}`, `gold=${span.quote}/${span.speaker || '-'}`, oneLine(span.txt), oneLine(at.sentence)].join('\t'),
          );
        }
      }
    }
  }
  return score;
}

const VOICE_ORDER: Voice[] = ['quoted', 'attributed', 'author'];

export function renderBasil(score: BasilScore): string {
  const rows: [string, BasilTally][] = [['all', score.all], ...[...score.bySource.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))];
  const lines = [
    '# BASIL evaluation: quotations and their speakers on the gold bias spans',
    '',
    `Quoted spans (gold quote: yes) lying in a direct or partial quotation (at least ${IN_QUOTATION * 100}% of the span's`,
    "characters inside one, marks included); of those whose gold speaker is named (not an `other_...` group), the share",
    "whose speaker shares a name word with the gold id (a plural id, `House_Democrats`, is a group too). Unquoted spans (quote: no) lying outside every quotation.",
    '',
    '| outlet | documents | quoted spans | in a quotation | share | named speaker | matched | share | unquoted spans | outside | share |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [name, t] of rows) {
    lines.push(
      `| ${name} | ${t.documents} | ${t.quoted} | ${t.inQuotation} | ${pct(t.inQuotation, t.quoted)} | ${t.speakerChecked} | ${t.speakerMatched} | ${pct(t.speakerMatched, t.speakerChecked)} | ${t.unquoted} | ${t.outside} | ${pct(t.outside, t.unquoted)} |`,
    );
  }
  lines.push(
    '',
    "Voice of the lexicon's markers (not the cues) lying inside the gold spans, by the span's gold quote:",
    '',
    '| outlet | gold quote | markers | quoted | attributed | author |',
    '|---|---|---:|---:|---:|---:|',
  );
  for (const [name, t] of rows) {
    for (const side of ['yes', 'no'] as const) {
      const v = t.voice[side];
      const total = VOICE_ORDER.reduce((n, k) => n + v[k], 0);
      lines.push(`| ${name} | ${side} | ${total} | ${VOICE_ORDER.map((k) => v[k]).join(' | ')} |`);
    }
  }
  lines.push('', `Disagreements: ${score.mismatches.length} (write them with --mismatches <file>).`);
  return `${lines.join('\n')}\n`;
}

/** The report, and the disagreements as tab-separated lines (document, outlet, span, problem, ours, gold, span text, sentence). */
export async function evaluateBasil(dir: string): Promise<{ report: string; mismatches: string }> {
  const score = await scoreBasil(dir);
  const header = 'document\toutlet\tspan\tproblem\tours (kind/speaker)\tgold (quote/speaker)\tspan text\tsentence';
  return { report: renderBasil(score), mismatches: `${[header, ...score.mismatches].join('\n')}\n` };
}
