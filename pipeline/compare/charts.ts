// Chart specs (vega-lite, pure) and their SVG rendering (vega, headless: no canvas, no DOM).
import type { TopLevelSpec } from 'vega-lite';
import type { SourceComparison } from './sources.ts';

const FONT = 'Helvetica, Arial, sans-serif';
const CONFIG = {
  font: FONT,
  view: { stroke: '#ddd' },
  axis: { labelFontSize: 11, titleFontSize: 11 },
  header: { labelFontSize: 12, labelFontWeight: 'bold' as const },
};

/** Per-category rates (own voice) by source: a dot and its 95% interval, one small panel per category. */
export function ratesChart(comparison: SourceComparison): TopLevelSpec | undefined {
  const c = charted(comparison);
  // categories no source uses would only draw dots at zero; the table still lists them
  const categories = c.categories.filter((_, i) => c.sources.some((s) => s.rates[i]!.author.high > 0));
  if (c.sources.length === 0 || categories.length === 0) return undefined;
  const sources = c.sources.map((s) => s.source);
  const values = c.sources.flatMap((s) =>
    s.rates
      .filter((r) => categories.includes(r.category))
      .map((r) => ({ source: s.source, category: r.category, rate: r.author.value, low: r.author.low, high: r.author.high })),
  );
  const y = { field: 'source', type: 'nominal' as const, sort: sources, title: null, axis: { labelLimit: 0 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Markers per 1,000 tokens, own voice (95% bootstrap interval)', anchor: 'start' },
    data: { values },
    facet: { field: 'category', type: 'nominal', sort: categories, title: null },
    columns: 3,
    spec: {
      width: 200,
      height: { step: 16 },
      layer: [
        {
          mark: { type: 'rule', strokeWidth: 2 },
          encoding: {
            y,
            x: { field: 'low', type: 'quantitative', title: 'per 1,000 tokens', scale: { zero: true } },
            x2: { field: 'high' },
            color: { field: 'source', type: 'nominal', sort: sources, legend: null },
          },
        },
        {
          mark: { type: 'point', filled: true, size: 50 },
          encoding: {
            y,
            x: { field: 'rate', type: 'quantitative' },
            color: { field: 'source', type: 'nominal', sort: sources, legend: null },
          },
        },
      ],
    },
    resolve: { scale: { x: 'independent' } },
    config: CONFIG,
  } as TopLevelSpec;
}

/**
 * Counterpart shares (own voice) as 100% stacked bars: one chart per referent that any source mentions
 * and that has at least two forms (a one-form set is always 100%; the tables show it).
 */
export function counterpartsChart(comparison: SourceComparison): TopLevelSpec | undefined {
  const c = charted(comparison);
  const shown = new Set(chartedReferents(c).map((r) => r.referent));
  const panels = c.referents.flatMap((ref, i) => {
    if (!shown.has(ref.referent)) return [];
    const labels = ref.forms.map((f) => f.label);
    const values = c.sources.flatMap((s) => {
      const v = s.counterparts[i]!.voices.author;
      if (v.mentions < CHART_MIN_MENTIONS) return [];
      // the mention count sits in the row label: a bar of 2 mentions looks as full as one of 200
      const row = `${s.source} (n=${v.mentions})`;
      return v.forms.map((f, j) => ({ source: row, form: labels[j]!, order: j, share: f.share, count: f.count, mentions: v.mentions }));
    });
    if (values.length === 0) return [];
    const sources = [...new Set(values.map((v) => v.source))];
    return [
      {
        title: { text: ref.referent, anchor: 'start' as const, fontSize: 12 },
        data: { values },
        mark: { type: 'bar' as const },
        width: 320,
        height: { step: 18 },
        encoding: {
          y: { field: 'source', type: 'nominal' as const, sort: sources, title: null, axis: { labelLimit: 0 } },
          x: { field: 'share', type: 'quantitative' as const, stack: 'zero' as const, scale: { domain: [0, 1] }, axis: { format: '%' }, title: 'share of own-voice mentions' },
          color: { field: 'form', type: 'nominal' as const, scale: { domain: labels }, legend: { title: null, orient: 'right' as const, labelLimit: 0 } },
          order: { field: 'order', type: 'quantitative' as const },
        },
      },
    ];
  });
  if (panels.length === 0) return undefined;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Counterpart sets: how each source spreads its own-voice mentions over the forms', anchor: 'start' },
    vconcat: panels,
    resolve: { scale: { color: 'independent' }, legend: { color: 'independent' } },
    config: CONFIG,
  } as TopLevelSpec;
}

/** A source's bar needs this many own-voice mentions of the referent; fewer say little about its shares. */
export const CHART_MIN_MENTIONS = 5;

/**
 * Referents the counterpart chart shows, at most chartReferents: those where the competing forms are used
 * most, i.e. with the most own-voice mentions outside the form the charted sources use most overall.
 */
export function chartedReferents(comparison: SourceComparison): { referent: string; contested: number }[] {
  const c = charted(comparison);
  return c.referents
    .map((ref, i) => {
      const totals = ref.forms.map((_, j) =>
        c.sources.reduce((n, s) => {
          const v = s.counterparts[i]!.voices.author;
          return v.mentions >= CHART_MIN_MENTIONS ? n + v.forms[j]!.count : n;
        }, 0),
      );
      const all = totals.reduce((a, b) => a + b, 0);
      return { referent: ref.referent, contested: all - Math.max(0, ...totals) };
    })
    .filter((r) => r.contested > 0)
    .sort((a, b) => b.contested - a.contested || (a.referent < b.referent ? -1 : 1))
    .slice(0, c.chartReferents);
}

/**
 * The sources the charts show, in the tables' order: those with at least chartMinDocuments documents
 * (smaller ones' intervals say little) and, of those, the chartSources with the most documents (ties by
 * name): a chart of hundreds of rows is unreadable, and rendering it takes hundreds of megabytes.
 */
export function chartedSources(c: SourceComparison): SourceComparison['sources'] {
  const big = c.sources.filter((s) => s.documents >= c.chartMinDocuments);
  if (big.length <= c.chartSources) return big;
  const kept = new Set(
    [...big].sort((a, b) => b.documents - a.documents || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)).slice(0, c.chartSources),
  );
  return big.filter((s) => kept.has(s));
}

function charted(c: SourceComparison): SourceComparison {
  return { ...c, sources: chartedSources(c) };
}

/** vega-lite -> vega -> SVG string, headless. Deterministic: SVG def ids restart for every chart. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  // loaded on first use: only the main thread renders charts, once per run, after the worker threads
  // have ended (loaded while they run, they would add to the run's peak memory)
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = compile(spec).spec;
  vega.resetSVGDefIds();
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return `${await view.toSVG()}\n`;
  } finally {
    view.finalize();
  }
}
