// PolNeAR evaluation: attribution cues found by the real pipeline against the gold cue spans
// (span overlap, one-to-one), and whether each matched cue's speaker is the gold source.
// Reads <dir>/{dev,test}/{text,attributions}; brat standoff, see the corpus's SOURCE.md.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeText } from '../analyze.ts';
import { bump, overlap, pct } from './shared.ts';

interface Span {
  start: number;
  end: number;
  text: string;
  /** a discontinuous span's pieces ("s e;s e"); start and end are its extent */
  parts?: [number, number][];
}

export interface GoldAttribution {
  cue: Span;
  source: Span | undefined;
  content: Span | undefined;
}

/** Gold attributions of one .ann file: every E relation with its cue and (optional) source span. */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, Span>();
  const out: GoldAttribution[] = [];
  const relations: string[] = [];
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [id, info, text = ''] = line.split('\t');
      const m = /^\S+ (.+)$/.exec(info ?? '');
      if (!id || !m) continue;
      // discontinuous spans "s e;s e": their extent, and their pieces
      const nums = m[1]!.split(/[ ;]/).map(Number).filter((n) => Number.isFinite(n));
      if (nums.length < 2) continue;
      const span: Span = { start: Math.min(...nums), end: Math.max(...nums), text };
      if (nums.length > 2) span.parts = m[1]!.split(';').map((p) => p.trim().split(' ').slice(-2).map(Number) as [number, number]);
      spans.set(id, span);
    } else if (line.startsWith('E')) relations.push(line);
  }
  for (const line of relations) {
    const roles = new Map<string, string>();
    for (const part of (line.split('\t')[1] ?? '').split(' ')) {
      const [role, id] = part.split(':');
      if (role && id) roles.set(role, id);
    }
    const cue = spans.get(roles.get('Cue') ?? '');
    if (!cue) continue;
    out.push({ cue, source: spans.get(roles.get('Source') ?? ''), content: spans.get(roles.get('Content') ?? '') });
  }
  return out;
}

const PRONOUN = /^(?:he|she|they|it|who|which|that|i|we|you|his|her|their|its|him|them|me|us|this|these|those)$/i;
const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'said', 'says', 'in', 'on', 'at', 'to']);

function words(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w) && w.length > 1);
}

function shareWord(a: string, b: string): boolean {
  const wb = new Set(words(b));
  return words(a).some((w) => wb.has(w));
}

const UNNAMED_HEAD = /\b(?:sources?|person|people|officials?|aides?|insiders?|advisers?|advisors?|staffers?|strategists?|operatives?)$/i;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "the newspaper", "the network": a definite description with no name in it. */
function isDescription(source: string): boolean {
  const words = source.trim().split(/\s+/);
  return /^the$/i.test(words[0] ?? '') && words.length <= 4 && !words.slice(1).some((w) => /^\p{Lu}/u.test(w));
}

/** A gold source that names no one: "sources", "a senior official", "experts". */
function isUnnamed(source: string): boolean {
  // the first word may be capitalised only because it starts the sentence
  const rest = source.trim().replace(/^\S+\s*/, '');
  return !/\p{Lu}/u.test(rest) && !PRONOUN.test(source.trim());
}

/**
 * Does the pipeline's speaker denote the gold source? Names share a word; `anonymous` matches an unnamed
 * gold source; for a pronoun source (he, who) the antecedent is the nearest earlier named gold source or a
 * name just before it in the text.
 */
export function speakerMatches(speaker: string, gold: GoldAttribution, golds: GoldAttribution[], text: string): boolean {
  const source = gold.source;
  if (!source || speaker === '') return false;
  // "I" outside quotations is the writer, whom a gold "I" denotes too
  if (speaker === 'I') return /^(?:i|me)$/i.test(source.text.trim());
  // any other unresolved pronoun names no one, even when the gold source is the same pronoun
  if (PRONOUN.test(speaker.trim())) return false;
  // "the source", "the person": a description that takes up an unnamed source
  if (speaker === 'anonymous') return isUnnamed(source.text) && (!isDescription(source.text) || UNNAMED_HEAD.test(source.text.trim()));
  if (shareWord(speaker, source.text)) return true;
  const headWord = source.text.trim().split(/\s+/)[0] ?? '';
  // pronouns and definite descriptions ("he", "the newspaper") are anaphors: compare their antecedent
  if (!PRONOUN.test(headWord) && !isDescription(source.text)) return false;
  // "the president" for "Barack Obama": the text writes the name with that title ("President Barack Obama")
  const head = source.text.trim().split(/\s+/).pop() ?? '';
  if (isDescription(source.text) && head.length > 3 && new RegExp(`\\b${escape(head)}\\s+(?:\\S+\\s+){0,2}${escape(speaker)}\\b`, 'i').test(text)) return true;
  const earlier = golds
    .filter((g) => g.source && g.source.end <= source.start && !PRONOUN.test(g.source.text.trim().split(/\s+/)[0] ?? ''))
    .sort((a, b) => b.source!.end - a.source!.end)[0];
  if (earlier && shareWord(speaker, earlier.source!.text)) return true;
  const before = text.slice(Math.max(0, source.start - 80), source.start);
  return shareWord(speaker, before.replace(/^[^\p{Lu}]*/u, ''));
}

export interface SplitScore {
  split: string;
  documents: number;
  gold: number;
  predicted: number;
  truePositives: number;
  /** every cue, with those inside quotations (which PolNeAR does not annotate) */
  predictedAll: number;
  truePositivesAll: number;
  /** quotations (direct and partial) against the gold contents they lie in */
  quotes: { gold: number; found: number; predicted: number; matched: number; speakerChecked: number; speakerMatched: number };
  sourceChecked: number;
  sourceMatched: number;
  /** the voice of the markers that are no cues: inside a gold content (reported: attributed or quoted), or
   * outside every one (the author's) */
  voice: { inside: number; reported: number; outside: number; author: number };
  missed: Map<string, number>;
  spurious: Map<string, number>;
  wrongSource: string[];
}

/** A gold content that quotes: it holds a double quote mark, or opens with a single one. */
const QUOTED_CONTENT = /["“”]|^\s*[‘'`]/;

const within = (m: { start: number; end: number }, g: Span): boolean =>
  g.parts ? g.parts.some(([s, e]) => s <= m.start && m.end <= e) : g.start <= m.start && m.end <= g.end;

/** Greedy one-to-one pairing of predicted and gold cues by span overlap (largest overlap first). */
function pairCues<P extends { start: number; end: number }>(pred: P[], gold: GoldAttribution[]): [P, GoldAttribution][] {
  const cands: [number, number, number][] = [];
  pred.forEach((p, i) =>
    gold.forEach((g, j) => {
      const ov = overlap(p, g.cue);
      if (ov > 0) cands.push([ov, i, j]);
    }),
  );
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [P, GoldAttribution][] = [];
  for (const [, i, j] of cands) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([pred[i]!, gold[j]!]);
  }
  return out;
}

export async function scoreSplit(dir: string, split: string): Promise<SplitScore> {
  const score: SplitScore = {
    split, documents: 0, gold: 0, predicted: 0, truePositives: 0, predictedAll: 0, truePositivesAll: 0, sourceChecked: 0, sourceMatched: 0,
    quotes: { gold: 0, found: 0, predicted: 0, matched: 0, speakerChecked: 0, speakerMatched: 0 },
    voice: { inside: 0, reported: 0, outside: 0, author: 0 },
    missed: new Map(), spurious: new Map(), wrongSource: [],
  };
  const textDir = join(dir, split, 'text');
  const annDir = join(dir, split, 'attributions');
  const texts = (await readdir(textDir)).filter((f) => f.endsWith('.txt')).sort();
  const anns = (await readdir(annDir)).filter((f) => f.endsWith('.ann')).sort();
  for (const file of texts) {
    const stem = file.slice(0, -4);
    // one annotator per document (the first), so every document weighs the same
    const annFile = anns.find((a) => a.startsWith(`${stem}_`));
    if (!annFile) continue;
    const text = await readFile(join(textDir, file), 'utf8');
    const gold = parseAnn(await readFile(join(annDir, annFile), 'utf8'));
    const detection = await analyzeText(text);
    // PolNeAR annotates the article's attributions, not those inside the quotations it reports (on the
    // train split, 1% of the cues found inside quotations match a gold cue): cues in quoted voice are
    // scored separately
    const all = detection.markers.filter((m) => m.category === 'attribution');
    const pred = all.filter((m) => m.voice !== 'quoted');
    const pairs = pairCues(pred, gold);
    score.predictedAll += all.length;
    score.truePositivesAll += pairCues(all, gold).length;
    // quotations: a gold content may hold several quotations ('"A," he said, "B."'), so a predicted one
    // is right when it lies in some gold content, and a quoting gold content is found when one does
    const contents = gold.filter((g) => g.content);
    const quotes = detection.quotes.filter((q) => q.depth === 0 && (q.kind === 'direct' || q.kind === 'partial'));
    score.quotes.predicted += quotes.length;
    for (const g of contents) if (QUOTED_CONTENT.test(g.content!.text)) {
      score.quotes.gold++;
      if (quotes.some((q) => overlap(q, g.content!) > 0)) score.quotes.found++;
    }
    for (const q of quotes) {
      const g = contents.filter((c) => overlap(q, c.content!) > 0).sort((a, b) => overlap(q, b.content!) - overlap(q, a.content!))[0];
      if (!g) continue;
      score.quotes.matched++;
      if (!g.source) continue;
      score.quotes.speakerChecked++;
      if (speakerMatches(q.speaker, g, gold, text)) score.quotes.speakerMatched++;
    }
    for (const m of detection.markers) {
      if (m.category === 'attribution' || m.category === 'sourcing') continue;
      // (inside one piece of the content: the writer's tag between the two halves of a split quotation, or the cue
      // in a gap of its content, "X, he said, Y", lies in no piece)
      if (contents.some((g) => within(m, g.content!))) {
        score.voice.inside++;
        if (m.voice !== 'author') score.voice.reported++;
      } else {
        score.voice.outside++;
        if (m.voice === 'author') score.voice.author++;
      }
    }
    score.documents++;
    score.gold += gold.length;
    score.predicted += pred.length;
    score.truePositives += pairs.length;
    const hitP = new Set(pairs.map(([p]) => p));
    const hitG = new Set(pairs.map(([, g]) => g));
    for (const g of gold) if (!hitG.has(g)) bump(score.missed, g.cue.text.toLowerCase());
    for (const p of pred) if (!hitP.has(p)) bump(score.spurious, p.text.toLowerCase());
    for (const [p, g] of pairs) {
      if (!g.source) continue;
      score.sourceChecked++;
      if (speakerMatches(p.speaker, g, gold, text)) score.sourceMatched++;
      else if (score.wrongSource.length < 40) score.wrongSource.push(`${p.text} -> '${p.speaker}' (gold '${g.source.text}')`);
    }
  }
  return score;
}

/** "precision | recall | F1" cells. */
function prf(tp: number, predicted: number, gold: number): string {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `${p.toFixed(3)} | ${r.toFixed(3)} | ${f.toFixed(3)}`;
}

function top(m: Map<string, number>, n: number): string {
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([k, v]) => `${k.replace(/\s+/g, ' ')} (${v})`)
    .join(', ');
}

export function renderScores(scores: SplitScore[], agreement = ''): string {
  const lines = [
    '# PolNeAR attribution evaluation: cues, sources and quotations',
    '',
    'Cue detection: attribution markers outside quotations vs gold cue spans, one-to-one by span overlap',
    '(first annotator per document); PolNeAR does not annotate attributions inside the quotations it reports.',
    'Source match: share of matched cues (with a gold source) whose speaker denotes the gold source.',
    '',
    '| split | documents | gold cues | predicted | matched | precision | recall | F1 | source match |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const s of scores) {
    lines.push(
      `| ${s.split} | ${s.documents} | ${s.gold} | ${s.predicted} | ${s.truePositives} | ${prf(s.truePositives, s.predicted, s.gold)} | ${pct(s.sourceMatched, s.sourceChecked)} (${s.sourceMatched}/${s.sourceChecked}) |`,
    );
  }
  lines.push('', 'Every cue, with those inside quotations:', '', '| split | predicted | matched | precision | recall | F1 |', '|---|---:|---:|---:|---:|---:|');
  for (const s of scores) lines.push(`| ${s.split} | ${s.predictedAll} | ${s.truePositivesAll} | ${prf(s.truePositivesAll, s.predictedAll, s.gold)} |`);
  lines.push(
    '',
    'Quotations (direct and partial, outermost): precision = share lying in a gold attribution content; recall =',
    'share of gold contents holding a quotation that one overlaps; speaker match as for cues. (The anchor: the',
    'Gender Gap Tracker reports quote F1 0.837 and speaker match 0.865 on its own gold.)',
    '',
    '| split | gold quoting contents | found | predicted quotations | in a content | precision | recall | F1 | speaker match |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const s of scores) {
    const q = s.quotes;
    const p = q.predicted ? q.matched / q.predicted : 0;
    const r = q.gold ? q.found / q.gold : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    lines.push(
      `| ${s.split} | ${q.gold} | ${q.found} | ${q.predicted} | ${q.matched} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f.toFixed(3)} | ${pct(q.speakerMatched, q.speakerChecked)} (${q.speakerMatched}/${q.speakerChecked}) |`,
    );
  }
  lines.push(
    '',
    "Voice: the lexicon's markers (not the cues) against the gold contents. Inside an attribution's content, the",
    'share in a reported voice (attributed or quoted); outside every content, the share in the author\'s voice.',
    "PolNeAR marks the contents of unnamed sources and of cues framewatch does not find; framewatch leaves those",
    "in the author's voice.",
    '',
    '| split | markers in a content | reported | share | markers outside | author | share |',
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const s of scores) {
    const v = s.voice;
    lines.push(`| ${s.split} | ${v.inside} | ${v.reported} | ${pct(v.reported, v.inside)} | ${v.outside} | ${v.author} | ${pct(v.author, v.outside)} |`);
  }
  if (agreement) lines.push('', agreement);
  for (const s of scores) {
    lines.push('', `## ${s.split}`, '', `- most missed gold cues: ${top(s.missed, 25)}`, `- most unmatched predicted cues: ${top(s.spurious, 25)}`);
    if (s.wrongSource.length) lines.push(`- speaker mismatches (first ${Math.min(15, s.wrongSource.length)}): ${s.wrongSource.slice(0, 15).join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Cue counts for precision, recall and F1: matched, predicted, gold. */
export interface Counts {
  matched: number;
  predicted: number;
  gold: number;
}

/**
 * How far PolNeAR's own annotators agree on cues, on the documents several of them annotated (in any
 * split): every other annotator against the first, scored as the pipeline is; and the pipeline against
 * the same first annotators. The annotators' figure is a ceiling for any single-annotator score.
 */
export async function annotatorAgreement(dir: string): Promise<{ documents: number; annotators: Counts; pipeline: Counts }> {
  const annotators: Counts = { matched: 0, predicted: 0, gold: 0 };
  const pipeline: Counts = { matched: 0, predicted: 0, gold: 0 };
  let documents = 0;
  for (const split of ['train', 'dev', 'test']) {
    const annDir = join(dir, split, 'attributions');
    const anns = (await readdir(annDir).catch(() => [] as string[])).filter((f) => f.endsWith('.ann')).sort();
    const byText = new Map<string, string[]>();
    for (const a of anns) {
      const stem = a.slice(0, a.lastIndexOf('_'));
      byText.set(stem, [...(byText.get(stem) ?? []), a]);
    }
    for (const [stem, files] of byText) {
      if (files.length < 2) continue;
      documents++;
      const read = async (f: string) => parseAnn(await readFile(join(annDir, f), 'utf8'));
      const first = await read(files[0]!);
      for (const f of files.slice(1)) {
        const other = (await read(f)).map((g) => g.cue);
        annotators.matched += pairCues(other, first).length;
        annotators.predicted += other.length;
        annotators.gold += first.length;
      }
      const text = await readFile(join(dir, split, 'text', `${stem}.txt`), 'utf8');
      const pred = (await analyzeText(text)).markers.filter((m) => m.category === 'attribution' && m.voice !== 'quoted');
      pipeline.matched += pairCues(pred, first).length;
      pipeline.predicted += pred.length;
      pipeline.gold += first.length;
    }
  }
  return { documents, annotators, pipeline };
}

export function renderAgreement(a: { documents: number; annotators: Counts; pipeline: Counts }): string {
  if (a.documents === 0) return '';
  const row = (who: string, c: Counts) => `| ${who} | ${c.predicted} | ${c.gold} | ${c.matched} | ${prf(c.matched, c.predicted, c.gold)} |`;
  return [
    `Annotator agreement: on the ${a.documents} documents several annotators labelled (all splits), every other`,
    'annotator against the first, scored as above; and the pipeline against the same first annotators.',
    '',
    '| cues of | predicted | gold (first annotator) | matched | precision | recall | F1 |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row('other annotators', a.annotators),
    row('framewatch', a.pipeline),
  ].join('\n');
}

export async function evaluatePolnear(dir: string): Promise<string> {
  const scores: SplitScore[] = [];
  for (const split of ['dev', 'test']) scores.push(await scoreSplit(dir, split));
  return renderScores(scores, renderAgreement(await annotatorAgreement(dir)));
}
