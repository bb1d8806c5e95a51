// Small helpers the gold-corpus evaluations share (PolNeAR, BASIL).

/** Characters two spans share; zero or less when they do not overlap. */
export const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** A share with three decimals, or 'n/a' for an empty denominator. */
export const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : (n / d).toFixed(3));

export function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}
