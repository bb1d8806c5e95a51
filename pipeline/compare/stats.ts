// The statistics behind the source comparison: a seeded PRNG, a percentile bootstrap of a
// ratio-of-sums rate, and the log-odds ratio with an informative Dirichlet prior
// (Monroe, Colaresi & Quinn 2008, "Fightin' Words", eqs. 16-22). Pure functions, no I/O.

/** mulberry32: small, fast, seeded 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a 32-bit hash, to derive a per-source seed that does not depend on the other sources. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Quantile of an ascending array by linear interpolation between order statistics (R type 7). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export interface Interval {
  /** point estimate on the full sample */
  value: number;
  low: number;
  high: number;
}

export interface BootstrapOptions {
  /** number of resamples */
  replicates: number;
  seed: number;
  /** rate unit: 1000 gives "per 1,000 tokens" */
  per?: number;
  /** coverage of the interval, default 0.95 */
  level?: number;
}

/**
 * Rate = per * sum(counts) / sum(tokens) over documents, with a percentile bootstrap interval:
 * resample documents with replacement, recompute the ratio of sums, take the (1-level)/2 and
 * 1-(1-level)/2 quantiles. One set of resampled documents serves every count series, so the
 * series (categories) share their draws. A resample whose tokens sum to 0 counts as rate 0.
 */
export function bootstrapRates(
  tokens: ArrayLike<number>,
  series: ArrayLike<number>[],
  options: BootstrapOptions,
): Interval[] {
  const n = tokens.length;
  const per = options.per ?? 1000;
  const level = options.level ?? 0.95;
  const rate = (count: number, toks: number) => (toks > 0 ? (per * count) / toks : 0);
  const point = series.map((counts) => rate(sum(counts), sum(tokens)));
  if (n === 0 || options.replicates <= 0) return point.map((value) => ({ value, low: value, high: value }));

  const random = mulberry32(options.seed);
  const draws = series.map(() => new Float64Array(options.replicates));
  const picked = new Uint32Array(n);
  for (let r = 0; r < options.replicates; r++) {
    let toks = 0;
    for (let i = 0; i < n; i++) {
      const doc = Math.floor(random() * n);
      picked[i] = doc;
      toks += tokens[doc];
    }
    for (let s = 0; s < series.length; s++) {
      const counts = series[s];
      let c = 0;
      for (let i = 0; i < n; i++) c += counts[picked[i]];
      draws[s][r] = rate(c, toks);
    }
  }
  const tail = (1 - level) / 2;
  return draws.map((d, s) => {
    d.sort();
    return { value: point[s], low: quantile(d, tail), high: quantile(d, 1 - tail) };
  });
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}

export interface LogOdds {
  /** log-odds ratio of the term in group i versus group j, shrunk by the prior */
  delta: number;
  /** approximate variance of delta */
  variance: number;
  /** delta / sqrt(variance) */
  z: number;
}

/**
 * Monroe et al. 2008, eq. 16 and 18-19:
 *   delta_w = ln((y_i + a_w) / (n_i + a_0 - y_i - a_w)) - ln((y_j + a_w) / (n_j + a_0 - y_j - a_w))
 *   var(delta_w) ~= 1 / (y_i + a_w) + 1 / (y_j + a_w)
 *   z_w = delta_w / sqrt(var)
 * y: the term's count in a group, n: all term counts in the group, a_w: the prior's pseudo-count for
 * the term, a_0: the prior's total.
 */
export function logOdds(yi: number, ni: number, yj: number, nj: number, aw: number, a0: number): LogOdds {
  const delta = Math.log((yi + aw) / (ni + a0 - yi - aw)) - Math.log((yj + aw) / (nj + a0 - yj - aw));
  const variance = 1 / (yi + aw) + 1 / (yj + aw);
  return { delta, variance, z: delta / Math.sqrt(variance) };
}

export interface DistinguishingTerm extends LogOdds {
  term: string;
  /** count in the group */
  count: number;
  /** count in the rest */
  rest: number;
}

/**
 * Terms that distinguish one group from the rest. The prior is informative: a_0 pseudo-counts spread
 * in proportion to each term's frequency over both groups together, a_w = a_0 * y_w / n (the
 * informative prior of Monroe et al.). Ranked by z (descending, ties by term), keeping only terms the group uses and whose
 * z is positive; `top` limits the list.
 */
export function distinguishingTerms(
  group: ReadonlyMap<string, number>,
  all: ReadonlyMap<string, number>,
  options: { priorStrength: number; top: number },
): DistinguishingTerm[] {
  let n = 0;
  for (const c of all.values()) n += c;
  let ni = 0;
  for (const c of group.values()) ni += c;
  const nj = n - ni;
  if (n === 0 || ni === 0 || nj === 0) return [];
  const a0 = options.priorStrength;
  // bounded selection: only the best `top` terms are kept, sorted, while scanning the vocabulary
  const best: DistinguishingTerm[] = [];
  const better = (a: DistinguishingTerm, b: DistinguishingTerm) => b.z - a.z || compareText(a.term, b.term);
  for (const [term, yi] of group) {
    if (yi <= 0) continue;
    const yw = all.get(term) ?? yi;
    const yj = yw - yi;
    const aw = (a0 * yw) / n;
    const odds = logOdds(yi, ni, yj, nj, aw, a0);
    if (!(odds.z > 0)) continue;
    const worst = best[best.length - 1];
    if (best.length >= options.top && worst && odds.z < worst.z) continue;
    const item = { term, count: yi, rest: yj, ...odds };
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(best[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, item);
    if (best.length > options.top) best.pop();
  }
  return best;
}

/** Code-point order, independent of locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
