// Per-source comparison: streams DocScores in, keeps per document only what the bootstrap needs
// (tokens, author-voice counts per category) and per source the summed counts; summarize() turns
// them into a SourceComparison, files() renders sources.csv, sources.md and the charts.
import { forEachTerm, stem } from '../score.ts';
import { STANCES, VOICES, type DocScore, type Stance, type Voice } from '../types.ts';
import { ratesChart, counterpartsChart, renderSvg } from './charts.ts';
import { sourcesCsv, sourcesMarkdown } from './render.ts';
import { bootstrapRates, compareText, distinguishingTerms, fnv1a, type Interval } from './stats.ts';

/** What the aggregator needs to know about the lexicons (structurally typed; the lead builds it). */
export interface LexiconInfo {
  hash: string;
  categories: string[];
  entries: { id: string; category: string; referent?: string; form: string; terms?: string[]; pattern?: string; example?: string }[];
}

/** The compiled lexicon's shape as far as lexiconInfo needs it (structural, no import of the compiler). */
export interface CompiledLexiconLike {
  hash: string;
  categories: string[];
  entries: { id: string; category: string; referent: string; form: string; source: { terms?: string[]; pattern?: string; match?: string[] } }[];
}

/** A pattern entry's first matching example, the span its `match` sentence marks with [[...]] ("designated a terrorist
 * organization"): what a reader sees as the form's name, where a phrase entry shows its terms. */
function firstExample(match: string[] | undefined): string | undefined {
  const span = /\[\[(.+?)\]\]/.exec(match?.[0] ?? '');
  return span ? span[1] : undefined;
}

/** CompiledLexicon -> LexiconInfo. */
export function lexiconInfo(lexicon: CompiledLexiconLike): LexiconInfo {
  return {
    hash: lexicon.hash,
    categories: [...lexicon.categories],
    entries: lexicon.entries.map((e) => {
      const example = e.source.terms ? undefined : firstExample(e.source.match);
      return {
        id: e.id,
        category: e.category,
        ...(e.referent ? { referent: e.referent } : {}),
        form: e.form,
        ...(e.source.terms ? { terms: [...e.source.terms] } : {}),
        ...(e.source.pattern ? { pattern: e.source.pattern } : {}),
        ...(example ? { example } : {}),
      };
    }),
  };
}

export interface OutputFile {
  /** relative name inside the run's output folder */
  name: string;
  content: string;
}

export interface AggregatorOptions {
  /** bootstrap seed (default 1) */
  seed?: number;
  /** bootstrap resamples (default 1000) */
  bootstrap?: number;
  /** pseudo-counts of the informative Dirichlet prior (default 1000) */
  priorStrength?: number;
  /** distinguishing terms listed per source (default 25) */
  topTerms?: number;
  /** speakers listed per source in the attribution profile (default 8) */
  topSpeakers?: number;
  /** sources with fewer documents are left out of the charts (default 3) */
  chartMinDocuments?: number;
  /** the counterpart chart shows the referents with the most own-voice mentions (default 12) */
  chartReferents?: number;
  /** the charts show at most this many sources, those with the most documents (default 30) */
  chartSources?: number;
  /**
   * most term counts held over all sources (default 600,000, about 55 MB). Beyond it the rarest terms are dropped,
   * which bounds memory on large runs; the report then says so.
   */
  termBudget?: number;
}

export interface VoiceRate {
  count: number;
  /** per 1,000 tokens */
  value: number;
}

export interface CategoryRate {
  category: string;
  /** author voice, with the bootstrap interval */
  author: Interval & { count: number };
  quoted: VoiceRate;
  attributed: VoiceRate;
}

export interface FormShare {
  form: string;
  count: number;
  /** count / mentions of the referent in this voice (0 when there are none) */
  share: number;
}

export interface CounterpartProfile {
  referent: string;
  voices: Record<Voice, { mentions: number; forms: FormShare[] }>;
  /** author-voice scare-quoted mentions of the referent */
  scareQuoted: number;
  /** scareQuoted / max(author mentions, scareQuoted) */
  scareShare: number;
}

export interface SpeakerProfile {
  speaker: string;
  cues: number;
  stances: Record<Stance, number>;
}

export interface AttributionProfile {
  cues: number;
  stances: Record<Stance, number>;
  named: number;
  anonymous: number;
  /** speakers with the most distancing + endorsing cues, all three stances shown (the mirror) */
  speakers: SpeakerProfile[];
}

export interface TermRow {
  term: string;
  surface: string;
  count: number;
  rest: number;
  delta: number;
  z: number;
  /** no lexicon term covers it */
  candidate: boolean;
}

export interface SourceSummary {
  source: string;
  documents: number;
  tokens: number;
  rates: CategoryRate[];
  counterparts: CounterpartProfile[];
  attribution: AttributionProfile;
  terms: TermRow[];
}

export interface ReferentInfo {
  referent: string;
  forms: { form: string; label: string }[];
}

export interface SourceComparison {
  lexiconHash: string;
  documents: number;
  seed: number;
  bootstrap: number;
  priorStrength: number;
  chartMinDocuments: number;
  chartReferents: number;
  chartSources: number;
  /** 0, or the highest count at which terms were dropped to keep within the term budget */
  termsPrunedUpTo: number;
  categories: string[];
  referents: ReferentInfo[];
  sources: SourceSummary[];
}

/** Per document: only what the bootstrap resamples. */
interface DocRow {
  id: string;
  tokens: number;
  author: Record<string, number>;
}

interface SourceState {
  docs: DocRow[];
  tokens: number;
  voices: Map<string, Record<Voice, number>>;
  referents: Map<string, Map<string, Record<Voice, number>>>;
  scareQuoted: Map<string, number>;
  stances: Record<Stance, number>;
  anonymous: number;
  speakers: Map<string, Record<Stance, number>>;
  terms: Map<string, number>;
}

export class SourceAggregator {
  readonly #lexicon: LexiconInfo;
  readonly #options: Required<AggregatorOptions>;
  readonly #sources = new Map<string, SourceState>();
  /** stem -> display surface: the shortest seen (ties: code-point order), so it does not depend on the add() order */
  readonly #surfaces = new Map<string, string>();
  readonly #seenCategories = new Set<string>();
  /** term counts held over all sources */
  #termEntries = 0;
  #prunedUpTo = 0;

  constructor(lexicon: LexiconInfo, options: AggregatorOptions = {}) {
    this.#lexicon = lexicon;
    this.#options = {
      seed: options.seed ?? 1,
      bootstrap: options.bootstrap ?? 1000,
      priorStrength: options.priorStrength ?? 1000,
      topTerms: options.topTerms ?? 25,
      topSpeakers: options.topSpeakers ?? 8,
      chartMinDocuments: options.chartMinDocuments ?? 3,
      chartReferents: options.chartReferents ?? 12,
      chartSources: options.chartSources ?? 30,
      termBudget: options.termBudget ?? 600_000,
    };
  }

  add(score: DocScore): void {
    const s = this.#state(score.source);
    const author: Record<string, number> = {};
    for (const [category, counts] of Object.entries(score.categories)) {
      this.#seenCategories.add(category);
      if (counts.author) author[category] = counts.author;
      const v = s.voices.get(category) ?? zeroVoices();
      for (const voice of VOICES) v[voice] += counts[voice] ?? 0;
      s.voices.set(category, v);
    }
    s.docs.push({ id: score.docId, tokens: score.tokens, author });
    s.tokens += score.tokens;

    for (const [referent, forms] of Object.entries(score.referents)) {
      const r = s.referents.get(referent) ?? new Map<string, Record<Voice, number>>();
      for (const [form, counts] of Object.entries(forms)) {
        const v = r.get(form) ?? zeroVoices();
        for (const voice of VOICES) v[voice] += counts[voice] ?? 0;
        r.set(form, v);
      }
      s.referents.set(referent, r);
    }
    for (const [referent, n] of Object.entries(score.scareQuoted)) {
      s.scareQuoted.set(referent, (s.scareQuoted.get(referent) ?? 0) + n);
    }
    for (const cue of score.cues) {
      if (!(cue.stance in s.stances)) continue;
      s.stances[cue.stance]++;
      if (cue.anonymous) s.anonymous++;
      const speaker = speakerName(cue.speaker);
      const sp = s.speakers.get(speaker) ?? zeroStances();
      sp[cue.stance]++;
      s.speakers.set(speaker, sp);
    }
    forEachTerm(score.terms, (term, n, surface) => {
      // memory stays bounded: two-word phrases count only where a document repeats them
      if (n < 2 && term.includes(' ')) return;
      const before = s.terms.get(term);
      if (before === undefined) this.#termEntries++;
      s.terms.set(term, (before ?? 0) + n);
      const known = this.#surfaces.get(term);
      // a surface equal to the stem is stored as the key string itself (no extra memory)
      if (known === undefined || shorterFirst(surface, known) < 0) this.#surfaces.set(term, surface === term ? term : surface);
    });
    if (this.#termEntries > this.#options.termBudget) this.#pruneTerms();
  }

  /** Term counts held over all sources (for benchmarks and tests). */
  get termEntries(): number {
    return this.#termEntries;
  }

  /**
   * Drops the rarest terms until the counts held fall to 60% of the budget: those counted once, or if that
   * is not enough, up to the smallest count that is. Only runs past the budget; below it every count is
   * exact and the output does not depend on the order of add().
   */
  #pruneTerms(): void {
    const excess = this.#termEntries - this.#options.termBudget * 0.6;
    const byCount = new Map<number, number>();
    for (const s of this.#sources.values()) for (const n of s.terms.values()) byCount.set(n, (byCount.get(n) ?? 0) + 1);
    let floor = 0;
    let dropped = 0;
    for (const [n, k] of [...byCount].sort((a, b) => a[0] - b[0])) {
      if (dropped >= excess) break;
      floor = n;
      dropped += k;
    }
    this.#prunedUpTo = Math.max(this.#prunedUpTo, floor);
    for (const s of this.#sources.values()) {
      for (const [term, n] of s.terms) {
        if (n <= floor) {
          s.terms.delete(term);
          this.#termEntries--;
        }
      }
    }
    // surfaces of dropped terms go when they outnumber the budget (rarely: it costs a pass over all terms)
    if (this.#surfaces.size > this.#options.termBudget) {
      const held = new Set<string>();
      for (const s of this.#sources.values()) for (const term of s.terms.keys()) held.add(term);
      for (const term of this.#surfaces.keys()) if (!held.has(term)) this.#surfaces.delete(term);
    }
  }

  /** The comparison as data; the same whatever the order of add() calls. */
  summarize(): SourceComparison {
    const o = this.#options;
    const categories = [
      ...this.#lexicon.categories,
      ...[...this.#seenCategories].filter((c) => !this.#lexicon.categories.includes(c)).sort(compareText),
    ];
    const referents = this.#referents();
    const held = lexiconTermSet(this.#lexicon);
    const names = [...this.#sources.keys()].sort(compareText);
    const allTerms = new Map<string, number>();
    for (const name of names) for (const [t, n] of this.#sources.get(name)!.terms) allTerms.set(t, (allTerms.get(t) ?? 0) + n);
    const summaries = names.map((name) => {
      const s = this.#sources.get(name)!;
      const top = distinguishingTerms(s.terms, allTerms, { priorStrength: o.priorStrength, top: o.topTerms });
      return { name, s, top };
    });
    return {
      lexiconHash: this.#lexicon.hash,
      documents: names.reduce((n, name) => n + this.#sources.get(name)!.docs.length, 0),
      seed: o.seed,
      bootstrap: o.bootstrap,
      priorStrength: o.priorStrength,
      chartMinDocuments: o.chartMinDocuments,
      chartReferents: o.chartReferents,
      chartSources: o.chartSources,
      termsPrunedUpTo: this.#prunedUpTo,
      categories,
      referents,
      sources: summaries.map(({ name, s, top }) => ({
        source: name,
        documents: s.docs.length,
        tokens: s.tokens,
        rates: this.#rates(name, s, categories),
        counterparts: referents.map((r) => counterpartProfile(r, s)),
        attribution: attributionProfile(s, o.topSpeakers),
        terms: top.map((t) => {
          const surface = this.#surfaces.get(t.term) ?? t.term;
          return {
            term: t.term,
            surface,
            count: t.count,
            rest: t.rest,
            delta: t.delta,
            z: t.z,
            candidate: !isHeld(t.term, surface, held),
          };
        }),
      })),
    };
  }

  /** sources.csv, sources.md and the SVG charts the Markdown embeds. */
  async files(): Promise<OutputFile[]> {
    const comparison = this.summarize();
    const charts = [
      { name: 'sources-rates.svg', spec: ratesChart(comparison), alt: 'Markers per 1,000 tokens by source' },
      { name: 'sources-counterparts.svg', spec: counterpartsChart(comparison), alt: 'Counterpart form shares by source' },
    ].filter((c) => c.spec !== undefined);
    const rendered: OutputFile[] = [];
    for (const c of charts) rendered.push({ name: c.name, content: await renderSvg(c.spec!) });
    return [
      { name: 'sources.csv', content: sourcesCsv(comparison) },
      { name: 'sources.md', content: sourcesMarkdown(comparison, Object.fromEntries(charts.map((c) => [c.name, c.alt]))) },
      ...rendered,
    ];
  }

  #state(source: string): SourceState {
    let s = this.#sources.get(source);
    if (!s) {
      s = {
        docs: [],
        tokens: 0,
        voices: new Map(),
        referents: new Map(),
        scareQuoted: new Map(),
        stances: zeroStances(),
        anonymous: 0,
        speakers: new Map(),
        terms: new Map(),
      };
      this.#sources.set(source, s);
    }
    return s;
  }

  #rates(name: string, s: SourceState, categories: string[]): CategoryRate[] {
    // documents sorted so the resamples do not depend on the order of add()
    const docs = [...s.docs].sort(
      (a, b) => compareText(a.id, b.id) || a.tokens - b.tokens || compareText(countsKey(a), countsKey(b)),
    );
    const tokens = Float64Array.from(docs, (d) => d.tokens);
    const series = categories.map((c) => Float64Array.from(docs, (d) => d.author[c] ?? 0));
    const seed = (this.#options.seed ^ fnv1a(name)) >>> 0;
    const intervals = bootstrapRates(tokens, series, { replicates: this.#options.bootstrap, seed });
    const per = (count: number) => (s.tokens > 0 ? (1000 * count) / s.tokens : 0);
    return categories.map((category, i) => {
      const v = s.voices.get(category) ?? zeroVoices();
      return {
        category,
        author: { ...intervals[i]!, count: v.author },
        quoted: { count: v.quoted, value: per(v.quoted) },
        attributed: { count: v.attributed, value: per(v.attributed) },
      };
    });
  }

  /**
   * Counterpart sets: every lexicon referent with its columns in lexicon order, plus keys seen only in data.
   * The score keys a referent's counts by form type or by entry id; when every key seen for a referent is
   * one of its entry ids, the columns are the entries (so "pro-Israel" and "pro-Palestinian" stay apart
   * even when both are qualifiers), otherwise the form types.
   */
  #referents(): ReferentInfo[] {
    const entries = new Map<string, LexiconInfo['entries']>();
    for (const e of this.#lexicon.entries) {
      if (e.referent) entries.set(e.referent, [...(entries.get(e.referent) ?? []), e]);
    }
    const seen = new Map<string, Set<string>>();
    for (const s of this.#sources.values()) {
      for (const [referent, forms] of s.referents) {
        const keys = seen.get(referent) ?? new Set<string>();
        for (const f of forms.keys()) keys.add(f);
        seen.set(referent, keys);
      }
      for (const referent of s.scareQuoted.keys()) if (!seen.has(referent)) seen.set(referent, new Set());
    }
    const all = [...new Set([...entries.keys(), ...seen.keys()])].sort(compareText);
    return all.map((referent) => {
      const mine = entries.get(referent) ?? [];
      const keys = seen.get(referent) ?? new Set<string>();
      const ids = new Set(mine.map((e) => e.id));
      const byEntry = keys.size > 0 && [...keys].every((k) => ids.has(k));
      const columns = new Map<string, string[]>();
      for (const e of mine) {
        const key = byEntry ? e.id : e.form;
        columns.set(key, [...(columns.get(key) ?? []), ...(byEntry ? (e.terms ?? [e.example ?? e.id]).slice(0, 2) : [e.terms?.[0] ?? e.example ?? e.id])]);
      }
      const forms = [...columns].map(([key, labels]) => {
        const form = byEntry ? mine.find((e) => e.id === key)!.form : key;
        return { form: key, label: formLabel(form, labels) };
      });
      for (const k of [...keys].filter((k) => !columns.has(k)).sort(compareText)) forms.push({ form: k, label: k });
      return { referent, forms };
    });
  }
}

function counterpartProfile(r: ReferentInfo, s: SourceState): CounterpartProfile {
  const counts = s.referents.get(r.referent) ?? new Map<string, Record<Voice, number>>();
  const voices = {} as CounterpartProfile['voices'];
  for (const voice of VOICES) {
    const mentions = r.forms.reduce((n, f) => n + (counts.get(f.form)?.[voice] ?? 0), 0);
    voices[voice] = {
      mentions,
      forms: r.forms.map((f) => {
        const count = counts.get(f.form)?.[voice] ?? 0;
        return { form: f.form, count, share: mentions > 0 ? count / mentions : 0 };
      }),
    };
  }
  const scareQuoted = s.scareQuoted.get(r.referent) ?? 0;
  const denominator = Math.max(voices.author.mentions, scareQuoted);
  return { referent: r.referent, voices, scareQuoted, scareShare: denominator > 0 ? scareQuoted / denominator : 0 };
}

function attributionProfile(s: SourceState, topSpeakers: number): AttributionProfile {
  const cues = STANCES.reduce((n, st) => n + s.stances[st], 0);
  const speakers = [...s.speakers]
    .map(([speaker, stances]) => ({ speaker, stances: { ...stances }, cues: STANCES.reduce((n, st) => n + stances[st], 0) }))
    .filter((p) => p.stances.distancing + p.stances.endorsing > 0)
    .sort(
      (a, b) =>
        b.stances.distancing + b.stances.endorsing - (a.stances.distancing + a.stances.endorsing) ||
        b.cues - a.cues ||
        compareText(a.speaker, b.speaker),
    )
    .slice(0, topSpeakers);
  return { cues, stances: { ...s.stances }, named: cues - s.anonymous, anonymous: s.anonymous, speakers };
}

function formLabel(form: string, labels: string[]): string {
  const shown = [...new Set(labels)].slice(0, 3).join(' / ');
  return shown === form ? form : `${shown} (${form})`;
}

/** Speakers are grouped on collapsed whitespace; an empty speaker is shown as such. */
function speakerName(speaker: string): string {
  const s = speaker.replace(/\s+/g, ' ').trim();
  return s === '' ? '(no speaker)' : s;
}

/** The shortest surface reads best (city, not cities); ties go by code point. */
function shorterFirst(a: string, b: string): number {
  return a.length - b.length || compareText(a, b);
}

function countsKey(d: DocRow): string {
  return Object.keys(d.author)
    .sort(compareText)
    .map((k) => `${k}=${d.author[k]}`)
    .join(',');
}

const zeroVoices = (): Record<Voice, number> => ({ author: 0, quoted: 0, attributed: 0 });
const zeroStances = (): Record<Stance, number> => ({ neutral: 0, distancing: 0, endorsing: 0 });

interface HeldTerms {
  stems: Set<string>;
  patterns: RegExp[];
}

/** Stemmed unigrams and adjacent-word bigrams of every lexicon term, plus pattern entries' regexes. */
export function lexiconTermSet(lexicon: LexiconInfo): HeldTerms {
  const stems = new Set<string>();
  const patterns: RegExp[] = [];
  for (const e of lexicon.entries) {
    for (const t of e.terms ?? []) {
      // hyphenated words are held whole and in parts (the tokenizer may keep or split them)
      for (const words of [t.toLowerCase().split(/[^\p{L}\p{N}'-]+/u), t.toLowerCase().split(/[^\p{L}\p{N}']+/u)]) {
        const ws = words.filter((w) => w !== '').map((w) => stem(w));
        ws.forEach((w, i) => {
          stems.add(w);
          if (i > 0) stems.add(`${ws[i - 1]} ${w}`);
        });
      }
    }
    if (e.pattern) {
      try {
        patterns.push(new RegExp(`^(?:${e.pattern})$`, 'iu'));
      } catch {
        // the lexicon loader reports bad patterns; here a bad one just covers nothing
      }
    }
  }
  return { stems, patterns };
}

function isHeld(term: string, surface: string, held: HeldTerms): boolean {
  return held.stems.has(term) || held.patterns.some((p) => p.test(surface));
}
