import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SOURCES_CSV_COLUMNS } from '../pipeline/compare/render.ts';
import { md as esc } from '../pipeline/report/markdown.ts';
import { lexiconInfo, SourceAggregator, type LexiconInfo } from '../pipeline/compare/sources.ts';
import { termLine } from '../pipeline/score.ts';
import type { DocScore, Stance, VoiceCounts } from '../pipeline/types.ts';

const lexicon: LexiconInfo = {
  hash: 'test-lexicon',
  categories: ['naming', 'territory'],
  entries: [
    { id: 'west-bank.common', category: 'territory', referent: 'west-bank', form: 'common', terms: ['West Bank'] },
    { id: 'west-bank.occupied', category: 'territory', referent: 'west-bank', form: 'legal-institutional', terms: ['occupied West Bank'] },
    { id: 'west-bank.judea', category: 'territory', referent: 'west-bank', form: 'competing-national', terms: ['Judea and Samaria'] },
    { id: 'military.idf', category: 'naming', referent: 'israeli-military', form: 'official', terms: ['IDF', 'Israel Defense Forces'] },
    { id: 'military.occupation', category: 'naming', referent: 'israeli-military', form: 'opponent', terms: ['Israeli occupation forces'] },
    { id: 'hamas.militant', category: 'naming', pattern: 'hamas (?:militants?|fighters?)', form: 'descriptor' },
  ],
};

const vc = (author = 0, quoted = 0, attributed = 0): VoiceCounts => ({ author, quoted, attributed });
const cue = (stance: Stance, speaker: string) => ({ stance, speaker, anonymous: speaker === '', entry: `cue.${stance}` });

/** A summary from term counts and surface forms as objects (DocScore holds them as lines, see termLine). */
type DocParts = Partial<Omit<DocScore, 'terms'>> & Pick<DocScore, 'docId' | 'source' | 'tokens'> & {
  terms?: Record<string, number>;
  surfaces?: Record<string, string>;
};

function doc({ terms = {}, surfaces = {}, ...p }: DocParts): DocScore {
  return {
    title: '',
    date: '',
    url: '',
    path: '',
    sentences: 1,
    markers: 0,
    categories: {},
    referents: {},
    scareQuoted: {},
    cues: [],
    ...p,
    terms: Object.entries(terms).map(([term, n]) => termLine(term, n, surfaces[term])).join('\n'),
  };
}

// Sentences behind these counts are imagined; only the counts matter here.
const docs: DocScore[] = [
  doc({
    docId: 'a1',
    source: 'Daily A',
    tokens: 100,
    categories: { naming: vc(2, 1, 0), territory: vc(4, 2, 0) },
    referents: { 'west-bank': { common: vc(3), 'legal-institutional': vc(1), 'competing-national': vc(0, 2) } },
    scareQuoted: { 'west-bank': 2 },
    cues: [cue('neutral', 'Hamas'), cue('distancing', 'IDF'), cue('distancing', 'IDF'), cue('endorsing', '')],
    terms: { 'occup forc': 6, occup: 6, forc: 6, settler: 5, 'hama fighter': 3 },
    surfaces: { 'occup forc': 'occupation forces', occup: 'occupation', forc: 'forces', settler: 'settlers', 'hama fighter': 'hamas fighters' },
  }),
  doc({
    docId: 'a2',
    source: 'Daily A',
    tokens: 300,
    categories: { naming: vc(4, 0, 1), territory: vc(4) },
    referents: { 'west-bank': { 'legal-institutional': vc(4) }, 'israeli-military': { opponent: vc(2) } },
    terms: { settler: 3, outpost: 4 },
    surfaces: { settler: 'settler', outpost: 'outposts' },
  }),
  doc({
    docId: 'b1',
    source: 'Courier B',
    tokens: 200,
    categories: { naming: vc(1) },
    referents: { 'israeli-military': { official: vc(3, 1) } },
    cues: [cue('neutral', 'IDF'), cue('distancing', 'Hamas')],
    terms: { idf: 9, hostag: 7, forc: 1 },
    surfaces: { idf: 'IDF', hostag: 'hostages', forc: 'force' },
  }),
  doc({
    docId: 'b2',
    source: 'Courier B',
    tokens: 250,
    categories: {},
    referents: {},
    terms: { hostag: 5, tunnel: 4 },
    surfaces: { hostag: 'hostage', tunnel: 'tunnels' },
  }),
];

const options = { seed: 7, bootstrap: 200, chartMinDocuments: 2 };

function aggregate(list: DocScore[]): SourceAggregator {
  const agg = new SourceAggregator(lexicon, options);
  for (const d of list) agg.add(d);
  return agg;
}

describe('SourceAggregator', () => {
  const c = aggregate(docs).summarize();
  const a = c.sources.find((s) => s.source === 'Daily A')!;
  const b = c.sources.find((s) => s.source === 'Courier B')!;

  it('counts documents and tokens, sources sorted', () => {
    expect(c.sources.map((s) => s.source)).toEqual(['Courier B', 'Daily A']);
    expect([a.documents, a.tokens, b.documents, b.tokens]).toEqual([2, 400, 2, 450]);
    expect(c.documents).toBe(4);
  });

  it('rates per 1,000 tokens by voice, with an interval around the own-voice rate', () => {
    const naming = a.rates.find((r) => r.category === 'naming')!;
    // own voice: 1000 * (2 + 4) / 400 = 15; quoted 1000 * 1 / 400 = 2.5; attributed 2.5
    expect(naming.author.value).toBeCloseTo(15, 12);
    expect(naming.author.count).toBe(6);
    expect(naming.quoted).toEqual({ count: 1, value: 2.5 });
    expect(naming.attributed).toEqual({ count: 1, value: 2.5 });
    // resamples: {a1,a1} = 20, {a1,a2} = 15, {a2,a2} = 13.33; each has probability >= 1/4
    expect(naming.author.low).toBeCloseTo(13.333333, 5);
    expect(naming.author.high).toBeCloseTo(20, 5);
    expect(c.categories).toEqual(['naming', 'territory']);
  });

  it('gives counterpart shares per voice and the scare-quoted share', () => {
    const wb = a.counterparts.find((p) => p.referent === 'west-bank')!;
    // own voice: common 3, occupied 1 + 4 = 5, Judea and Samaria 0 -> 8 mentions
    expect(wb.voices.author.mentions).toBe(8);
    expect(wb.voices.author.forms.map((f) => [f.form, f.count, f.share])).toEqual([
      ['common', 3, 0.375],
      ['legal-institutional', 5, 0.625],
      ['competing-national', 0, 0],
    ]);
    // carried in quotes only
    expect(wb.voices.quoted.forms.map((f) => f.share)).toEqual([0, 0, 1]);
    // 2 scare-quoted of 8 own-voice mentions
    expect(wb.scareQuoted).toBe(2);
    expect(wb.scareShare).toBe(0.25);
    const mil = b.counterparts.find((p) => p.referent === 'israeli-military')!;
    expect(mil.voices.author.forms.map((f) => f.share)).toEqual([1, 0]);
    expect(c.referents.map((r) => r.referent)).toEqual(['israeli-military', 'west-bank']);
    expect(c.referents[0]!.forms.map((f) => f.label)).toEqual(['IDF (official)', 'Israeli occupation forces (opponent)']);
  });

  it('profiles attribution cues with the speakers of distancing and endorsing cues', () => {
    expect(a.attribution.cues).toBe(4);
    expect(a.attribution.stances).toEqual({ neutral: 1, distancing: 2, endorsing: 1 });
    expect([a.attribution.named, a.attribution.anonymous]).toEqual([3, 1]);
    // Hamas has only a neutral cue in A, so it is not listed; IDF first (2 distancing)
    expect(a.attribution.speakers.map((s) => [s.speaker, s.stances.distancing, s.stances.endorsing])).toEqual([
      ['IDF', 2, 0],
      ['(no speaker)', 0, 1],
    ]);
    expect(b.attribution.speakers.map((s) => s.speaker)).toEqual(['Hamas']);
  });

  it('ranks distinguishing terms and flags lexicon candidates', () => {
    const terms = new Map(a.terms.map((t) => [t.term, t]));
    // shown by the shortest of its surfaces ('settler', not 'settlers'), whatever the add() order
    expect(terms.get('settler')!.surface).toBe('settler');
    expect(terms.get('occup forc')!.surface).toBe('occupation forces');
    expect(terms.get('settler')!.candidate).toBe(true);
    // "occupation forces" is part of the lexicon term "Israeli occupation forces"
    expect(terms.get('occup forc')!.candidate).toBe(false);
    // "Hamas fighters" is covered by a pattern entry
    expect(terms.get('hama fighter')!.candidate).toBe(false);
    // IDF is a lexicon term
    expect(b.terms.find((t) => t.term === 'idf')!.candidate).toBe(false);
    expect(b.terms[0]!.z).toBeGreaterThan(0);
    for (const s of c.sources) {
      const zs = s.terms.map((t) => t.z);
      expect(zs).toEqual([...zs].sort((x, y) => y - x));
      expect(s.terms.every((t) => t.count > 0)).toBe(true);
    }
  });
});

describe('counterpart columns', () => {
  it('keeps entries apart when the score keys forms by entry id', () => {
    const lex: LexiconInfo = {
      hash: 'h',
      categories: ['qualifiers'],
      entries: [
        { id: 'camp.pro-israel', category: 'qualifiers', referent: 'support-camp', form: 'qualifier', terms: ['pro-Israel'] },
        { id: 'camp.pro-palestinian', category: 'qualifiers', referent: 'support-camp', form: 'qualifier', terms: ['pro-Palestinian'] },
      ],
    };
    const agg = new SourceAggregator(lex, options);
    agg.add(doc({ docId: 'x', source: 'S', tokens: 50, referents: { 'support-camp': { 'camp.pro-israel': vc(1), 'camp.pro-palestinian': vc(3) } } }));
    const c = agg.summarize();
    expect(c.referents[0]!.forms).toEqual([
      { form: 'camp.pro-israel', label: 'pro-Israel (qualifier)' },
      { form: 'camp.pro-palestinian', label: 'pro-Palestinian (qualifier)' },
    ]);
    expect(c.sources[0]!.counterparts[0]!.voices.author.forms.map((f) => f.share)).toEqual([0.25, 0.75]);
  });

  it("names a pattern entry's column by its first example, not its id", () => {
    const info = lexiconInfo({
      hash: 'h',
      categories: ['labels'],
      entries: [
        { id: 'group.listed', category: 'labels', referent: 'harbour-group', form: 'designation-attributed', source: { pattern: 'listed as a \\w+ group', match: ['The guild was [[listed as a banned group]] in May.', 'It was [[listed as a rogue group]].'] } },
        { id: 'group.unlisted', category: 'labels', referent: 'harbour-group', form: 'descriptor', source: { pattern: 'the guild' } },
        { id: 'group.common', category: 'labels', referent: 'harbour-group', form: 'common', source: { terms: ['dock guild', 'dock guilds'] } },
      ],
    });
    expect(info.entries.map((e) => e.example)).toEqual(['listed as a banned group', undefined, undefined]);
    const agg = new SourceAggregator(info, options);
    agg.add(doc({ docId: 'x', source: 'S', tokens: 50, referents: { 'harbour-group': { 'group.listed': vc(1), 'group.unlisted': vc(1), 'group.common': vc(2) } } }));
    expect(agg.summarize().referents[0]!.forms.map((f) => f.label)).toEqual([
      'listed as a banned group (designation-attributed)',
      'group.unlisted (descriptor)',
      'dock guild / dock guilds (common)',
    ]);
  });

  it('groups entries by form type when the score keys forms by form type', () => {
    const c = aggregate(docs).summarize();
    expect(c.referents.find((r) => r.referent === 'west-bank')!.forms.map((f) => f.form)).toEqual([
      'common',
      'legal-institutional',
      'competing-national',
    ]);
  });
});

describe('SourceAggregator output files', () => {
  it('is the same whatever the order of add()', async () => {
    const forward = await aggregate(docs).files();
    const backward = await aggregate([...docs].reverse()).files();
    const shuffled = await aggregate([docs[2]!, docs[0]!, docs[3]!, docs[1]!]).files();
    expect(backward).toEqual(forward);
    expect(shuffled).toEqual(forward);
    expect(forward.map((f) => f.name)).toEqual(['sources.csv', 'sources.md', 'sources-rates.svg', 'sources-counterparts.svg']);
  });

  it('writes the long CSV layout', async () => {
    const files = await aggregate(docs).files();
    const csv = files.find((f) => f.name === 'sources.csv')!.content;
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...SOURCES_CSV_COLUMNS]);
    const find = (kind: string, key: string, subkey = '', voice = '') =>
      rows.find((r) => r.source === 'Daily A' && r.kind === kind && r.key === key && r.subkey === subkey && r.voice === voice)!;
    expect(find('documents', '').value).toBe('2');
    expect(find('rate', 'naming', '', 'author').value).toBe('15');
    expect(find('form-share', 'west-bank', 'legal-institutional', 'author')).toMatchObject({ value: '0.625', n: '5', total: '8' });
    expect(find('scare-quoted', 'west-bank', '', 'author')).toMatchObject({ value: '0.25', n: '2', total: '8' });
    expect(find('cue-stance', 'distancing')).toMatchObject({ value: '0.5', n: '2', total: '4' });
    expect(find('cue-sourcing', 'anonymous')).toMatchObject({ value: '0.25', n: '1' });
    expect(find('cue-speaker', 'IDF', 'distancing')).toMatchObject({ value: '1', n: '2', total: '2' });
    expect(rows.some((r) => r.kind === 'term' && r.key === 'settler' && r.flag === 'lexicon-candidate')).toBe(true);
  });

  it('embeds the charts and renders SVG', async () => {
    const files = await aggregate(docs).files();
    const md = files.find((f) => f.name === 'sources.md')!.content;
    expect(md).toContain('![Markers per 1,000 tokens by source](sources-rates.svg)');
    expect(md).toContain('![Counterpart form shares by source](sources-counterparts.svg)');
    const svg = files.find((f) => f.name === 'sources-counterparts.svg')!.content;
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('occupied West Bank (legal-institutional)');
    expect(md).not.toMatch(/\b(biased|propaganda|correct|truth)\b/i);
    // the scare-quote table lists the referent for every source that mentions it
    // (Courier B never mentions the West Bank: empty cell)
    expect(md).toContain('| west-bank |  | 25% (2 of 8) |');
  });

  it('escapes text from the data in Markdown', async () => {
    const hostile = '<img src=x onerror=alert(1)> [click](http://example.com) *x* #1 | ! `c`';
    const agg = new SourceAggregator(lexicon, options);
    agg.add(doc({ docId: 'h1', source: hostile, tokens: 10, terms: { '<b>': 3 }, surfaces: { '<b>': '<b>' }, cues: [cue('distancing', '![i](http://x)')] }));
    agg.add(doc({ docId: 'o1', source: 'Other', tokens: 10, terms: { calm: 3 }, surfaces: { calm: 'calm' } }));
    const md = (await agg.files()).find((f) => f.name === 'sources.md')!.content;
    // every <, [, ], ( from the data is backslash-escaped
    expect(md).not.toMatch(/(^|[^\\])<(img|b)/);
    expect(md).not.toMatch(/[^\\]\]\\?\(http/);
    expect(md).toContain(esc(hostile));
    expect(esc('a|b')).toBe('a\\|b');
    expect(esc('x\ny')).toBe('x y');
  });

  it('charts only the sources with the most documents when there are many, and says so', async () => {
    const agg = new SourceAggregator(lexicon, { ...options, chartSources: 1 });
    for (const d of docs) agg.add(d);
    agg.add(doc({ docId: 'b3', source: 'Courier B', tokens: 100, categories: { naming: vc(1) } }));
    const files = await agg.files();
    const md = files.find((f) => f.name === 'sources.md')!.content;
    expect(md).toContain('The chart shows the source with the most documents, leaving out 1 more; the tables list them.');
    const svg = files.find((f) => f.name === 'sources-rates.svg')!.content;
    expect(svg).toContain('Courier B');
    expect(svg).not.toContain('Daily A');
    expect(md).toContain('| Daily A |');
  });

  it('leaves sources with few documents out of the charts, and says so', async () => {
    const agg = new SourceAggregator(lexicon, { ...options, chartMinDocuments: 2 });
    for (const d of docs) agg.add(d);
    agg.add(doc({ docId: 'c1', source: 'Single C', tokens: 100, categories: { naming: vc(1) } }));
    const files = await agg.files();
    const md = files.find((f) => f.name === 'sources.md')!.content;
    expect(md).toContain('The chart leaves out 1 source with fewer than 2 documents; the tables list them.');
    expect(md).toContain('| Single C | 10.00 (one document) |');
    expect(files.find((f) => f.name === 'sources-rates.svg')!.content).not.toContain('Single C');
  });

  it('keeps within its term budget by dropping the rarest terms, and says so', async () => {
    const agg = new SourceAggregator(lexicon, { ...options, termBudget: 10 });
    for (let i = 0; i < 6; i++) {
      // 'common' in every document; w<i>a, w<i>b once each
      agg.add(doc({ docId: `p${i}`, source: i % 2 ? 'Odd' : 'Even', tokens: 20, terms: { common: 2, [`w${i}a`]: 1, [`w${i}b`]: 1 } }));
    }
    expect(agg.termEntries).toBeLessThanOrEqual(10);
    const c = agg.summarize();
    expect(c.termsPrunedUpTo).toBe(1);
    const md = (await agg.files()).find((f) => f.name === 'sources.md')!.content;
    expect(md).toContain('terms a source had counted 1 time were dropped along the way');
  });

  it('skips two-word phrases a document uses once', () => {
    const agg = new SourceAggregator(lexicon, options);
    agg.add(doc({ docId: 'q1', source: 'S', tokens: 20, terms: { 'gaza citi': 1, 'health ministri': 2, gaza: 1 } }));
    expect(agg.termEntries).toBe(2);
  });

  it('handles a single source and an empty run', async () => {
    const one = new SourceAggregator(lexicon, options);
    one.add(docs[0]!);
    const md = (await one.files()).find((f) => f.name === 'sources.md')!.content;
    expect(md).toContain('Needs at least two sources.');
    const none = await new SourceAggregator(lexicon, options).files();
    expect(none.map((f) => f.name)).toEqual(['sources.csv', 'sources.md']);
  });
});
