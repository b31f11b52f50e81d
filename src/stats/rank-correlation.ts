/**
 * Spearman's rank correlation, accumulated in one pass: the Pearson correlation of the two
 * columns' ranks, each rank read off a table of the column's quantiles (Q(k / K), k = 0..K)
 * known before the pass: an input's from its distribution, an output's from an earlier
 * pass's quantile sketch. Sums of (rank - 1/2) and their products merge by addition.
 */
export interface RankSums {
  readonly n: number;
  readonly su: number;
  readonly sv: number;
  readonly suu: number;
  readonly svv: number;
  readonly suv: number;
}

export const EMPTY_RANK_SUMS: RankSums = { n: 0, su: 0, sv: 0, suu: 0, svv: 0, suv: 0 };

/**
 * The rank of x in [0, 1] by a quantile table: linear between the two entries around x; the
 * middle of the run of entries equal to x where x is an atom (a mid-rank, as Spearman's
 * coefficient takes for ties).
 */
export function rankByQuantiles(table: Float64Array, x: number): number {
  const last = table.length - 1;
  const below = countBelow(table, x, false);
  const atOrBelow = countBelow(table, x, true);
  if (atOrBelow > below) return (below + atOrBelow - 1) / (2 * last);
  if (below === 0) return 0;
  if (below > last) return 1;
  const lo = table[below - 1] as number;
  const hi = table[below] as number;
  return (below - 1 + (x - lo) / (hi - lo)) / last;
}

/** Entries below x (or at or below it): a binary search of the ascending table. */
function countBelow(table: Float64Array, x: number, inclusive: boolean): number {
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const t = table[mid] as number;
    if (t < x || (inclusive && t === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class RankSumsAccumulator {
  private sums: RankSums = EMPTY_RANK_SUMS;

  constructor(
    private readonly uTable: Float64Array,
    private readonly vTable: Float64Array,
  ) {}

  add(u: Float64Array, v: Float64Array, rows: number): void {
    let { n, su, sv, suu, svv, suv } = this.sums;
    for (let i = 0; i < rows; i++) {
      const a = rankByQuantiles(this.uTable, u[i] as number) - 0.5;
      const b = rankByQuantiles(this.vTable, v[i] as number) - 0.5;
      n++;
      su += a;
      sv += b;
      suu += a * a;
      svv += b * b;
      suv += a * b;
    }
    this.sums = { n, su, sv, suu, svv, suv };
  }

  finish(): RankSums {
    const result = this.sums;
    this.sums = EMPTY_RANK_SUMS;
    return result;
  }
}

export function mergeRankSums(a: RankSums, b: RankSums): RankSums {
  return { n: a.n + b.n, su: a.su + b.su, sv: a.sv + b.sv, suu: a.suu + b.suu, svv: a.svv + b.svv, suv: a.suv + b.suv };
}

/** The rank correlation, with a 95% interval by Fisher's z (se 1.06 / sqrt(n - 3), Fieller et al. 1957). */
export function spearmanOf(s: RankSums): { estimate: number; ci95: [number, number] } {
  const cov = s.suv / s.n - (s.su / s.n) * (s.sv / s.n);
  const varU = s.suu / s.n - (s.su / s.n) ** 2;
  const varV = s.svv / s.n - (s.sv / s.n) ** 2;
  const rho = varU > 0 && varV > 0 ? Math.max(-1, Math.min(1, cov / Math.sqrt(varU * varV))) : Number.NaN;
  const z = Math.atanh(Math.max(-0.999999, Math.min(0.999999, rho)));
  const half = (1.959963984540054 * 1.06) / Math.sqrt(Math.max(1, s.n - 3));
  return { estimate: rho, ci95: [Math.tanh(z - half), Math.tanh(z + half)] };
}

/**
 * K + 1 quantiles Q(k / K) of a distribution (or a sketch): the table ranks are read from.
 * An unbounded distribution's ends (Q(0) = -Infinity) are taken at 1e-12 from them, so that
 * interpolation never meets an infinity.
 */
export function quantileTable(quantile: (p: number) => number, k = 1024): number[] {
  return Array.from({ length: k + 1 }, (_, i) => {
    const q = quantile(i / k);
    return Number.isFinite(q) ? q : quantile(i === 0 ? 1e-12 : 1 - 1e-12);
  });
}

/**
 * The Pearson correlation of normal scores that gives rank correlation r: for a bivariate
 * normal, Spearman's rho = 6 / pi asin(rho / 2) (Pearson 1907), inverted. Without it a
 * target of 0.5 comes out near 0.48.
 */
export function scoreCorrelationFor(rank: number): number {
  return 2 * Math.sin((Math.PI * rank) / 6);
}
