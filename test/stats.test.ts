import { describe, expect, it } from 'vitest';
import {
  bootstrapRates,
  compareText,
  distinguishingTerms,
  fnv1a,
  logOdds,
  mulberry32,
  quantile,
} from '../pipeline/compare/stats.ts';

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    // a uniform draw has mean 1/2 and sd 1/sqrt(12); the mean of 1000 draws has sd 0.0091
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.04);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });

  it('fnv1a is stable', () => {
    // FNV-1a of the empty string is the offset basis 0x811c9dc5 = 2166136261
    expect(fnv1a('')).toBe(2166136261);
    expect(fnv1a('abc')).toBe(fnv1a('abc'));
    expect(fnv1a('abc')).not.toBe(fnv1a('abd'));
  });
});

describe('quantile (R type 7)', () => {
  it('interpolates between order statistics', () => {
    // [1,2,3,4], p = 0.25: h = (4-1)*0.25 = 0.75 -> x[0] + 0.75*(x[1]-x[0]) = 1 + 0.75 = 1.75
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    // p = 0.975 on 0..10: h = 10*0.975 = 9.75 -> 9 + 0.75*(10-9) = 9.75
    expect(quantile([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.975)).toBeCloseTo(9.75, 12);
    expect(quantile([5], 0.5)).toBe(5);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('bootstrapRates (ratio of sums, percentile interval)', () => {
  it('gives the point estimate per 1,000 tokens', () => {
    // 1000 * (2 + 4) / (100 + 300) = 15
    const [r] = bootstrapRates([100, 300], [[2, 4]], { replicates: 0, seed: 1 });
    expect(r).toEqual({ value: 15, low: 15, high: 15 });
  });

  it('collapses when every document has the same rate', () => {
    // doc rates 1/100 and 3/300: any resample with k copies of doc 0 gives (k*1 + (2-k)*3) / (k*100 + (2-k)*300)
    // = 1/100, so every replicate is 10 per 1,000 and the interval is [10, 10]
    const [r] = bootstrapRates([100, 300], [[1, 3]], { replicates: 500, seed: 7 });
    expect(r.value).toBeCloseTo(10, 12);
    expect(r.low).toBeCloseTo(10, 12);
    expect(r.high).toBeCloseTo(10, 12);
  });

  it('spans the resampling distribution', () => {
    // tokens [100, 100], counts [0, 10]. A resample holds doc 1 zero, one or two times:
    // rates 0, 1000*10/200 = 50, 1000*20/200 = 100 with probabilities 1/4, 1/2, 1/4.
    // 2.5% and 97.5% quantiles fall inside the 0 and 100 masses (25% each), so the interval is [0, 100];
    // the point estimate is 1000*10/200 = 50.
    const [r] = bootstrapRates([100, 100], [[0, 10]], { replicates: 1000, seed: 3 });
    expect(r).toEqual({ value: 50, low: 0, high: 100 });
  });

  it('is deterministic for a seed and shares draws across series', () => {
    const tokens = [120, 80, 300, 45, 210];
    const series = [
      [1, 0, 4, 2, 3],
      [0, 0, 1, 0, 9],
    ];
    const a = bootstrapRates(tokens, series, { replicates: 200, seed: 11 });
    const b = bootstrapRates(tokens, series, { replicates: 200, seed: 11 });
    expect(a).toEqual(b);
    // point estimates: 1000*10/755 and 1000*10/755
    expect(a[0].value).toBeCloseTo(13.2450331, 6);
    expect(a[1].value).toBeCloseTo(13.2450331, 6);
    for (const r of a) {
      expect(r.low).toBeLessThanOrEqual(r.value);
      expect(r.high).toBeGreaterThanOrEqual(r.value);
    }
  });

  it('handles no documents', () => {
    expect(bootstrapRates([], [[]], { replicates: 10, seed: 1 })).toEqual([{ value: 0, low: 0, high: 0 }]);
  });
});

describe('logOdds (Monroe, Colaresi & Quinn 2008)', () => {
  it('matches the formula worked by hand', () => {
    // yi=10, ni=100, yj=5, nj=200, a_w=1, a_0=10
    // delta = ln(11 / (100+10-10-1)) - ln(6 / (200+10-5-1)) = ln(11/99) - ln(6/204)
    //       = ln(1/9) - ln(1/34) = ln(34/9) = 1.3291359
    // var   = 1/11 + 1/6 = 0.2575758
    // z     = 1.3291359 / sqrt(0.2575758) = 1.3291359 / 0.5075193 = 2.6188879
    const r = logOdds(10, 100, 5, 200, 1, 10);
    expect(r.delta).toBeCloseTo(1.3291359, 6);
    expect(r.variance).toBeCloseTo(0.2575758, 6);
    expect(r.z).toBeCloseTo(2.6188879, 6);
  });

  it('is antisymmetric when the groups swap', () => {
    const a = logOdds(10, 100, 5, 200, 1, 10);
    const b = logOdds(5, 200, 10, 100, 1, 10);
    expect(b.delta).toBeCloseTo(-a.delta, 12);
    expect(b.z).toBeCloseTo(-a.z, 12);
  });
});

describe('distinguishingTerms (informative Dirichlet prior)', () => {
  it('ranks the worked example by hand', () => {
    // all = {a:4, b:4, c:2}: n = 10; group = {a:3, b:1}: n_i = 4, n_j = 6; a_0 = 10 so a_w = 10*y_w/10 = y_w.
    // a: a_w = 4, y_i = 3, y_j = 1:
    //    delta = ln(7 / (4+10-3-4)) - ln(5 / (6+10-1-4)) = ln(1) - ln(5/11) = 0.7884574
    //    var = 1/7 + 1/5 = 0.3428571, z = 0.7884574 / 0.5855400 = 1.3465473
    // b: a_w = 4, y_i = 1, y_j = 3: delta = ln(5/9) - ln(7/9) = ln(5/7) = -0.3364722 < 0, left out
    // c: the group does not use it
    const group = new Map([
      ['a', 3],
      ['b', 1],
    ]);
    const all = new Map([
      ['a', 4],
      ['b', 4],
      ['c', 2],
    ]);
    const r = distinguishingTerms(group, all, { priorStrength: 10, top: 25 });
    expect(r.map((t) => t.term)).toEqual(['a']);
    expect(r[0].delta).toBeCloseTo(0.7884574, 6);
    expect(r[0].variance).toBeCloseTo(0.3428571, 6);
    expect(r[0].z).toBeCloseTo(1.3465473, 6);
    expect(r[0].count).toBe(3);
    expect(r[0].rest).toBe(1);
  });

  it('breaks ties by term and honours top', () => {
    const group = new Map([
      ['y', 2],
      ['x', 2],
      ['w', 2],
    ]);
    const all = new Map([
      ['y', 2],
      ['x', 2],
      ['w', 2],
      ['v', 20],
    ]);
    const r = distinguishingTerms(group, all, { priorStrength: 5, top: 2 });
    expect(r.map((t) => t.term)).toEqual(['w', 'x']);
  });

  it('returns nothing without a rest to compare with', () => {
    const only = new Map([['a', 3]]);
    expect(distinguishingTerms(only, only, { priorStrength: 10, top: 5 })).toEqual([]);
  });

  it('compareText is code-point order', () => {
    expect(['b', 'B', 'a', 'é'].sort(compareText)).toEqual(['B', 'a', 'b', 'é']);
  });
});
