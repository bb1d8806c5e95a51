// Trends across runs: reads several run folders (run.json + sources.csv), lines up each source's rates
// and counterpart shares by run date, and marks where one form's share crosses another's between
// consecutive runs. compareRuns does the I/O; trendRows and trendsMarkdown are pure.
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { csvRecords } from '../report/csv.ts';
import { writeAtomic } from '../report/write.ts';
import { md, table } from '../report/markdown.ts';
import { SOURCES_CSV_COLUMNS, type SourcesCsvRow } from './render.ts';
import { compareText } from './stats.ts';

/** mentions of the referent a source needs in both runs for a switch to count */
export const SWITCH_MIN_MENTIONS = 5;

export interface RunData {
  /** the folder as given */
  dir: string;
  /** ISO time from run.json */
  startedAt: string;
  rows: SourcesCsvRow[];
}

export const TRENDS_CSV_COLUMNS = [
  'run',
  'started_at',
  'source',
  'kind',
  'key',
  'subkey',
  'value',
  'low',
  'high',
  'n',
  'total',
  'label',
  'switch',
] as const;
export type TrendRow = Record<(typeof TRENDS_CSV_COLUMNS)[number], string>;

export interface Switch {
  source: string;
  referent: string;
  /** the form whose share rose above the other's */
  form: string;
  /** the form it overtook */
  over: string;
  from: string;
  to: string;
  before: [number, number];
  after: [number, number];
}

export async function compareRuns(runDirs: string[], outDir: string): Promise<void> {
  if (runDirs.length === 0) throw new Error('compare: give at least one run folder');
  const runs: RunData[] = [];
  for (const dir of runDirs) runs.push(await readRun(dir));
  runs.sort((a, b) => compareText(a.startedAt, b.startedAt) || compareText(a.dir, b.dir));
  const { rows, switches } = trendRows(runs);
  await mkdir(outDir, { recursive: true });
  writeAtomic(join(outDir, 'trends.csv'), csvRecords(TRENDS_CSV_COLUMNS, rows));
  writeAtomic(join(outDir, 'trends.md'), trendsMarkdown(runs, rows, switches));
}

export async function readRun(dir: string): Promise<RunData> {
  const manifest = join(dir, 'run.json');
  let startedAt: unknown;
  try {
    startedAt = (JSON.parse(await readFile(manifest, 'utf8')) as { startedAt?: unknown }).startedAt;
  } catch (e) {
    throw new Error(`${manifest}: cannot read the run manifest (${(e as Error).message})`);
  }
  if (typeof startedAt !== 'string' || Number.isNaN(Date.parse(startedAt))) {
    throw new Error(`${manifest}: startedAt must be an ISO date-time`);
  }
  const csvPath = join(dir, 'sources.csv');
  let text: string;
  try {
    text = await readFile(csvPath, 'utf8');
  } catch (e) {
    throw new Error(`${csvPath}: cannot read the source comparison (${(e as Error).message})`);
  }
  const rows = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const missing = rows.length > 0 ? SOURCES_CSV_COLUMNS.filter((c) => !(c in rows[0]!)) : [];
  if (missing.length > 0) throw new Error(`${csvPath}: missing columns ${missing.join(', ')}`);
  return { dir, startedAt, rows: rows as SourcesCsvRow[] };
}

/** Own-voice rates and counterpart shares per source per run, with switches marked on the form rows. */
export function trendRows(runs: RunData[]): { rows: TrendRow[]; switches: Switch[] } {
  const rows: TrendRow[] = [];
  const switches: Switch[] = [];
  const sources = [...new Set(runs.flatMap((r) => r.rows.map((x) => x.source)))].sort(compareText);
  for (const source of sources) {
    // rates and scare-quoted shares: copied per run
    runs.forEach((run) => {
      for (const x of run.rows) {
        if (x.source !== source || x.voice !== 'author' || (x.kind !== 'rate' && x.kind !== 'scare-quoted')) continue;
        rows.push(trendRow(run, x));
      }
    });
    // counterpart shares: one series per referent, forms unioned over runs
    const referents = [...new Set(runs.flatMap((r) => ownShares(r, source).map((x) => x.key)))].sort(compareText);
    for (const referent of referents) {
      const forms = formsOf(runs, source, referent);
      let prev: { run: RunData; shares: Map<string, number>; mentions: number } | undefined;
      for (const run of runs) {
        const present = ownShares(run, source).filter((x) => x.key === referent);
        if (present.length === 0) continue;
        const shares = new Map(forms.map((f) => [f.form, 0]));
        for (const x of present) shares.set(x.subkey, Number(x.value));
        const notes = new Map<string, string[]>();
        const mentions = present[0]!.total;
        // a handful of mentions flips shares by chance; a switch needs enough mentions in both runs
        if (prev && prev.mentions >= SWITCH_MIN_MENTIONS && Number(mentions) >= SWITCH_MIN_MENTIONS) {
          for (const a of forms) {
            for (const b of forms) {
              const [a0, b0, a1, b1] = [prev.shares.get(a.form)!, prev.shares.get(b.form)!, shares.get(a.form)!, shares.get(b.form)!];
              if (a0 < b0 && a1 > b1) {
                switches.push({ source, referent, form: a.label, over: b.label, from: prev.run.startedAt, to: run.startedAt, before: [a0, b0], after: [a1, b1] });
                notes.set(a.form, [...(notes.get(a.form) ?? []), `overtook ${b.label}`]);
              }
            }
          }
        }
        const byForm = new Map(present.map((x) => [x.subkey, x]));
        for (const f of forms) {
          const x = byForm.get(f.form);
          rows.push({
            run: run.dir,
            started_at: run.startedAt,
            source,
            kind: 'form-share',
            key: referent,
            subkey: f.form,
            value: x?.value ?? '0',
            low: '',
            high: '',
            n: x?.n ?? '0',
            total: mentions,
            label: f.label,
            switch: (notes.get(f.form) ?? []).join('; '),
          });
        }
        prev = { run, shares, mentions: Number(mentions) };
      }
    }
  }
  return { rows, switches };
}

export function trendsMarkdown(runs: RunData[], rows: TrendRow[], switches: Switch[]): string {
  const out: string[] = [
    '# Trends across runs',
    '',
    `${runs.length} runs, ${runs[0]?.startedAt ?? ''} to ${runs.at(-1)?.startedAt ?? ''}. ` +
      'Own-voice figures only. A switch is marked when one form\'s share of a referent\'s mentions rises above ' +
      `another's between consecutive runs in which the source mentions the referent at least ${SWITCH_MIN_MENTIONS} times.`,
    '',
    table(
      ['Run', 'Started'],
      runs.map((r) => [md(basename(r.dir) || r.dir), md(r.startedAt)]),
      [false, false],
    ),
    '',
    '## Switches',
    '',
  ];
  if (switches.length === 0) out.push('No form overtook another between consecutive runs.', '');
  for (const s of switches) {
    out.push(
      `- ${md(s.source)}, ${md(s.referent)}: *${md(s.form)}* overtook *${md(s.over)}* between ` +
        `${md(s.from)} and ${md(s.to)} (${pct(s.before[0])} vs ${pct(s.before[1])}, then ${pct(s.after[0])} vs ${pct(s.after[1])}).`,
    );
  }
  if (switches.length > 0) out.push('');

  const sources = [...new Set(rows.map((r) => r.source))];
  for (const source of sources) {
    const mine = rows.filter((r) => r.source === source);
    out.push(`## ${md(source)}`, '');
    const rates = mine.filter((r) => r.kind === 'rate');
    const categories = [...new Set(rates.map((r) => r.key))];
    if (categories.length > 0) {
      out.push('### Markers per 1,000 tokens (95% interval)', '');
      const dates = [...new Set(rates.map((r) => r.started_at))];
      out.push(
        table(
          ['Run started', ...categories.map(md)],
          dates.map((d) => [
            md(d),
            ...categories.map((c) => {
              const x = rates.find((r) => r.started_at === d && r.key === c);
              return x ? `${dec(x.value)} (${dec(x.low)}–${dec(x.high)})` : '';
            }),
          ]),
          [false, ...categories.map(() => true)],
        ),
        '',
      );
    }
    const shares = mine.filter((r) => r.kind === 'form-share');
    for (const referent of [...new Set(shares.map((r) => r.key))]) {
      const ref = shares.filter((r) => r.key === referent);
      const forms = [...new Map(ref.map((r) => [r.subkey, r.label])).entries()];
      const dates = [...new Set(ref.map((r) => r.started_at))];
      out.push(`### ${md(referent)}`, '');
      out.push(
        table(
          ['Run started', ...forms.map(([, label]) => md(label)), 'Mentions', 'Switch'],
          dates.map((d) => {
            const at = ref.filter((r) => r.started_at === d);
            const cell = (form: string) => {
              const x = at.find((r) => r.subkey === form);
              return x ? `${pct(Number(x.value))} (${x.n})` : '';
            };
            const notes = at.filter((r) => r.switch).map((r) => `${md(r.label)} ${md(r.switch)}`);
            return [md(d), ...forms.map(([f]) => cell(f)), at[0]?.total ?? '', notes.join('; ')];
          }),
          [false, ...forms.map(() => true), true, false],
        ),
        '',
      );
    }
  }
  return out.join('\n');
}

function trendRow(run: RunData, x: SourcesCsvRow): TrendRow {
  return {
    run: run.dir,
    started_at: run.startedAt,
    source: x.source,
    kind: x.kind,
    key: x.key,
    subkey: x.subkey,
    value: x.value,
    low: x.low,
    high: x.high,
    n: x.n,
    total: x.total,
    label: x.label,
    switch: '',
  };
}

function ownShares(run: RunData, source: string): SourcesCsvRow[] {
  return run.rows.filter((x) => x.source === source && x.kind === 'form-share' && x.voice === 'author');
}

/** Forms of a referent in the order the latest run lists them, then any only older runs had. */
function formsOf(runs: RunData[], source: string, referent: string): { form: string; label: string }[] {
  const forms = new Map<string, string>();
  for (const run of [...runs].reverse()) {
    for (const x of ownShares(run, source)) if (x.key === referent && !forms.has(x.subkey)) forms.set(x.subkey, x.label || x.subkey);
  }
  return [...forms].map(([form, label]) => ({ form, label }));
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function dec(value: string): string {
  const x = Number(value);
  return value === '' || !Number.isFinite(x) ? '' : x.toFixed(2);
}
