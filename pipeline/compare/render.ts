// Pure renderers of a SourceComparison: sources.csv (long format, read back by trends.ts) and
// sources.md. Text from data is escaped so no HTML, links or images get through.
import { csvRecords, csvRows } from '../report/csv.ts';
import { md, table } from '../report/markdown.ts';
import { STANCES, VOICES } from '../types.ts';
import { CHART_MIN_MENTIONS, chartedSources } from './charts.ts';
import type { SourceComparison, SourceSummary } from './sources.ts';

/**
 * sources.csv is long ("tidy"): one figure per row. Per kind:
 * - documents, tokens: value
 * - rate: key=category, voice; value per 1,000 tokens; low/high = 95% bootstrap interval (author voice);
 *   n = markers, total = tokens
 * - form-share: key=referent, subkey=form, voice; value = share; n = uses of the form; total = mentions of
 *   the referent in that voice; label = the form's display name
 * - scare-quoted: key=referent; value = share of author-voice mentions in scare quotes; n; total
 * - cue-stance: key=neutral|distancing|endorsing; value = share; n; total = cues
 * - cue-sourcing: key=named|anonymous; value = share; n; total = cues
 * - cue-speaker: key=speaker, subkey=stance; value = share of the speaker's cues; n; total = speaker's cues
 * - term: key=stem, subkey=rank, label=surface; value = log-odds ratio; z; n = uses in this source;
 *   total = uses in all sources; flag = lexicon-candidate when no lexicon term covers it
 */
export const SOURCES_CSV_COLUMNS = [
  'source',
  'kind',
  'key',
  'subkey',
  'voice',
  'value',
  'low',
  'high',
  'n',
  'total',
  'z',
  'label',
  'flag',
] as const;
export type SourcesCsvRow = Record<(typeof SOURCES_CSV_COLUMNS)[number], string>;

export function emptyRow(): SourcesCsvRow {
  return Object.fromEntries(SOURCES_CSV_COLUMNS.map((k) => [k, ''])) as SourcesCsvRow;
}

/** One source's rows of sources.csv. */
function sourceCsvRows(c: SourceComparison, s: SourceSummary): SourcesCsvRow[] {
  const rows: SourcesCsvRow[] = [];
  const row = (fields: Partial<SourcesCsvRow>): void => {
    rows.push({ ...emptyRow(), source: s.source, ...fields });
  };
  row({ kind: 'documents', value: String(s.documents) });
  row({ kind: 'tokens', value: String(s.tokens) });
  for (const r of s.rates) {
    row({ kind: 'rate', key: r.category, voice: 'author', value: num(r.author.value), low: num(r.author.low), high: num(r.author.high), n: String(r.author.count), total: String(s.tokens) });
    row({ kind: 'rate', key: r.category, voice: 'quoted', value: num(r.quoted.value), n: String(r.quoted.count), total: String(s.tokens) });
    row({ kind: 'rate', key: r.category, voice: 'attributed', value: num(r.attributed.value), n: String(r.attributed.count), total: String(s.tokens) });
  }
  c.referents.forEach((ref, i) => {
    const p = s.counterparts[i]!;
    for (const voice of VOICES) {
      const v = p.voices[voice];
      if (v.mentions === 0) continue;
      v.forms.forEach((f, j) => {
        row({ kind: 'form-share', key: ref.referent, subkey: f.form, voice, value: num(f.share), n: String(f.count), total: String(v.mentions), label: ref.forms[j]!.label });
      });
    }
    if (p.scareQuoted > 0 || p.voices.author.mentions > 0) {
      row({ kind: 'scare-quoted', key: ref.referent, voice: 'author', value: num(p.scareShare), n: String(p.scareQuoted), total: String(Math.max(p.voices.author.mentions, p.scareQuoted)) });
    }
  });
  const a = s.attribution;
  for (const stance of STANCES) {
    row({ kind: 'cue-stance', key: stance, value: num(share(a.stances[stance], a.cues)), n: String(a.stances[stance]), total: String(a.cues) });
  }
  row({ kind: 'cue-sourcing', key: 'named', value: num(share(a.named, a.cues)), n: String(a.named), total: String(a.cues) });
  row({ kind: 'cue-sourcing', key: 'anonymous', value: num(share(a.anonymous, a.cues)), n: String(a.anonymous), total: String(a.cues) });
  for (const sp of a.speakers) {
    for (const stance of STANCES) {
      row({ kind: 'cue-speaker', key: sp.speaker, subkey: stance, value: num(share(sp.stances[stance], sp.cues)), n: String(sp.stances[stance]), total: String(sp.cues) });
    }
  }
  s.terms.forEach((t, i) => {
    row({ kind: 'term', key: t.term, subkey: String(i + 1), value: num(t.delta), z: num(t.z), n: String(t.count), total: String(t.count + t.rest), label: t.surface, flag: t.candidate ? 'lexicon-candidate' : '' });
  });
  return rows;
}

/** sources.csv, written a source at a time: a run over hundreds of sources never holds every row at once. */
export function sourcesCsv(c: SourceComparison): string {
  const parts = [csvRecords(SOURCES_CSV_COLUMNS, [])];
  for (const s of c.sources) parts.push(csvRows(sourceCsvRows(c, s).map((r) => SOURCES_CSV_COLUMNS.map((k) => r[k]))));
  return parts.join('');
}

/** charts: file name -> alt text, embedded where they belong */
export function sourcesMarkdown(c: SourceComparison, charts: Record<string, string> = {}): string {
  const out: string[] = [];
  const small = c.sources.filter((s) => s.documents < c.chartMinDocuments).length;
  const beyond = c.sources.length - small - chartedSources(c).length;
  const image = (name: string) => {
    if (!charts[name]) return;
    out.push(`![${md(charts[name])}](${name})`, '');
    if (small > 0) out.push(`The chart leaves out ${int(small)} ${small === 1 ? 'source' : 'sources'} with fewer than ${int(c.chartMinDocuments)} documents; the tables list them.`, '');
    if (beyond > 0) {
      const shown = c.chartSources === 1 ? 'the source' : `the ${int(c.chartSources)} sources`;
      out.push(`The chart shows ${shown} with the most documents, leaving out ${int(beyond)} more; the tables list them.`, '');
    }
  };
  const names = c.sources.map((s) => md(s.source));
  out.push(
    '# Sources compared',
    '',
    `${int(c.documents)} documents from ${int(c.sources.length)} sources. Lexicon \`${c.lexiconHash.replace(/`/g, '')}\`.`,
    '',
    'Figures count markers in each outlet\'s own voice: its narration and headlines. Quoted and attributed usage ' +
      'is shown apart, as the vocabulary an outlet carries rather than uses. Rates are markers per 1,000 tokens ' +
      `with a 95% percentile bootstrap interval over documents (${int(c.bootstrap)} resamples, seed ${c.seed}). ` +
      'Shares describe how an outlet spreads its usage over the competing forms of one referent; ' +
      'no form is treated as the reference.',
    '',
    '## Sources',
    '',
    table(
      ['Source', 'Documents', 'Tokens', 'Markers, own voice', 'Markers, quoted', 'Markers, attributed'],
      c.sources.map((s, i) => [
        names[i]!,
        int(s.documents),
        int(s.tokens),
        int(sumBy(s, 'author')),
        int(sumBy(s, 'quoted')),
        int(sumBy(s, 'attributed')),
      ]),
      [false, true, true, true, true, true],
    ),
    '',
    '## Markers per 1,000 tokens',
    '',
  );
  image('sources-rates.svg');
  out.push(
    '### In the outlet\'s own voice (95% interval)',
    '',
    table(
      ['Source', ...c.categories.map(md)],
      c.sources.map((s, i) => [
        names[i]!,
        ...s.rates.map((r) => `${dec(r.author.value)} ${s.documents < 2 ? '(one document)' : `(${dec(r.author.low)}–${dec(r.author.high)})`}`),
      ]),
      [false, ...c.categories.map(() => true)],
    ),
    '',
    '### Carried: quoted / attributed',
    '',
    table(
      ['Source', ...c.categories.map(md)],
      c.sources.map((s, i) => [names[i]!, ...s.rates.map((r) => `${dec(r.quoted.value)} / ${dec(r.attributed.value)}`)]),
      [false, ...c.categories.map(() => true)],
    ),
    '',
  );

  out.push('## Counterpart sets', '');
  out.push(
    'For each referent, how each source spreads its mentions over the competing forms. Own-voice rows first; ' +
      'quoted and attributed rows show the forms an outlet carries in other people\'s words. ' +
      'Scare-quoted: the share of own-voice mentions of the referent set in scare quotes.',
    '',
  );
  image('sources-counterparts.svg');
  if (charts['sources-counterparts.svg']) {
    out.push(
      `The chart shows at most ${int(c.chartReferents)} referents, those whose competing forms are used most ` +
        `(own-voice mentions outside the most used form), and a source only where it mentions the referent at ` +
        `least ${CHART_MIN_MENTIONS} times. The tables below list every referent and source.`,
      '',
    );
  }
  const scared = c.referents.flatMap((ref, i) => (c.sources.some((s) => s.counterparts[i]!.scareQuoted > 0) ? [{ ref, i }] : []));
  if (scared.length > 0) {
    out.push(
      '### Scare quotes by referent',
      '',
      'Every referent that some source sets in scare quotes, with the same figure for every source, so that ' +
        'the quote rate for one name can be read beside the rate for its counterparts in the tables below.',
      '',
      table(
        ['Referent', ...names],
        scared.map(({ ref, i }) => [
          md(ref.referent),
          ...c.sources.map((s) => {
            const p = s.counterparts[i]!;
            const total = Math.max(p.voices.author.mentions, p.scareQuoted);
            return total > 0 ? `${pct(p.scareShare)} (${int(p.scareQuoted)} of ${int(total)})` : '';
          }),
        ]),
        [false, ...names.map(() => true)],
      ),
      '',
    );
  }
  const silent: string[] = [];
  c.referents.forEach((ref, i) => {
    const rows: string[][] = [];
    for (let k = 0; k < c.sources.length; k++) {
      const p = c.sources[k]!.counterparts[i]!;
      for (const voice of VOICES) {
        const v = p.voices[voice];
        if (v.mentions === 0 && !(voice === 'author' && p.scareQuoted > 0)) continue;
        rows.push([
          names[k]!,
          voice === 'author' ? 'own' : voice,
          ...v.forms.map((f) => (v.mentions > 0 ? `${pct(f.share)} (${int(f.count)})` : '')),
          int(v.mentions),
          voice === 'author' ? `${pct(p.scareShare)} (${int(p.scareQuoted)})` : '',
        ]);
      }
    }
    if (rows.length === 0) {
      silent.push(md(ref.referent));
      return;
    }
    out.push(
      `### ${md(ref.referent)}`,
      '',
      table(
        ['Source', 'Voice', ...ref.forms.map((f) => md(f.label)), 'Mentions', 'Scare-quoted'],
        rows,
        [false, false, ...ref.forms.map(() => true), true, true],
      ),
      '',
    );
  });
  if (silent.length > 0) out.push(`No mentions in any source: ${silent.join(', ')}.`, '');

  out.push(
    '## Attribution profile',
    '',
    'Shares of attribution cues by stance class of the verb, and named versus anonymous sourcing.',
    '',
    table(
      ['Source', 'Cues', 'Neutral', 'Distancing', 'Endorsing', 'Named', 'Anonymous'],
      c.sources.map((s, i) => {
        const a = s.attribution;
        const cell = (n: number) => `${pct(share(n, a.cues))} (${int(n)})`;
        return [names[i]!, int(a.cues), ...STANCES.map((st) => cell(a.stances[st])), cell(a.named), cell(a.anonymous)];
      }),
      [false, true, true, true, true, true, true],
    ),
    '',
    'Speakers given the most distancing or endorsing cues, with their neutral cues beside them, so the verbs ' +
      'used for one speaker can be read against those used for another.',
    '',
  );
  c.sources.forEach((s, i) => {
    out.push(`### ${names[i]}`, '');
    if (s.attribution.speakers.length === 0) {
      out.push('No distancing or endorsing cues.', '');
      return;
    }
    out.push(
      table(
        ['Speaker', 'Cues', 'Neutral', 'Distancing', 'Endorsing'],
        s.attribution.speakers.map((sp) => [
          md(sp.speaker),
          int(sp.cues),
          ...STANCES.map((st) => `${int(sp.stances[st])} (${pct(share(sp.stances[st], sp.cues))})`),
        ]),
        [false, true, true, true, true],
      ),
      '',
    );
  });

  out.push(
    '## Distinguishing vocabulary',
    '',
    `Words and two-word phrases that set each source apart from all the others (stemmed and shown by one of their ` +
      `forms; a two-word phrase counts in the documents that use it at least twice): log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008; prior ` +
      `${int(c.priorStrength)} pseudo-counts in proportion to the whole run's term frequencies), ranked by z-score. ` +
      'Lexicon candidate: no lexicon term covers it.',
    '',
  );
  if (c.termsPrunedUpTo > 0) {
    out.push(
      `The vocabulary outgrew its memory budget: terms a source had counted ${int(c.termsPrunedUpTo)} ` +
        `${c.termsPrunedUpTo === 1 ? 'time' : 'times or fewer'} were dropped along the way, so rare terms are ` +
        'missing and some counts are lower bounds.',
      '',
    );
  }
  c.sources.forEach((s, i) => {
    out.push(`### ${names[i]}`, '');
    if (s.terms.length === 0) {
      out.push(c.sources.length < 2 ? 'Needs at least two sources.' : 'No term stands out.', '');
      return;
    }
    out.push(
      table(
        ['#', 'Term', 'Uses here', 'Uses elsewhere', 'Log-odds', 'z', 'Lexicon candidate'],
        s.terms.map((t, k) => [String(k + 1), md(t.surface), int(t.count), int(t.rest), dec(t.delta), dec(t.z), t.candidate ? 'yes' : '']),
        [true, false, true, true, true, true, false],
      ),
      '',
    );
  });
  return out.join('\n');
}

/** Fixed-precision number for CSV: at most 6 decimals, no -0, '' for non-finite. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return '';
  const r = Math.round(x * 1e6) / 1e6;
  return String(r === 0 ? 0 : r);
}

function dec(x: number): string {
  const s = x.toFixed(2);
  return s === '-0.00' ? '0.00' : s;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function int(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function share(n: number, total: number): number {
  return total > 0 ? n / total : 0;
}

function sumBy(s: SourceSummary, voice: 'author' | 'quoted' | 'attributed'): number {
  return s.rates.reduce((n, r) => n + r[voice].count, 0);
}
