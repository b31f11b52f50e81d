import { EMPTY_MOMENTS, mergeMoments, type Moments } from './moments.js';

/**
 * One value column summarized within bins of another column: per bin, the moments of the
 * finite values and, when asked, the count of values at or below `at_most` (an event such as
 * "pays back within 12 months"). Bins are given by their inner edges: bin b holds the rows
 * whose binning value x has edges[b - 1] <= x < edges[b] (bin 0 below the first edge, the
 * last bin from the last edge up).
 */
export interface BinnedMoments {
  readonly moments: readonly Moments[];
  /** Rows per bin with value <= at_most; empty when no event was asked for. */
  readonly at_most: readonly number[];
}

/** Bin of x among ascending inner edges: the number of edges at or below x (binary search). */
export function binOf(edges: Float64Array, x: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((edges[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Accumulates several value columns binned by one column. The bin of a row is found once
 * for all its value columns; per bin, sums of deviations from the bin's first value keep
 * the cancellation small (as momentsOf does for a whole column).
 */
export class BinnedMomentsAccumulator {
  private readonly bins: number;
  private readonly index: Int32Array;
  private count: Float64Array[] = [];
  private shift: Float64Array[] = [];
  private s1: Float64Array[] = [];
  private s2: Float64Array[] = [];
  private hits: Float64Array[] = [];

  constructor(
    private readonly edges: Float64Array,
    private readonly atMost: readonly (number | undefined)[],
    blockRows: number,
  ) {
    this.bins = edges.length + 1;
    this.index = new Int32Array(blockRows);
    this.reset();
  }

  /** `by` is the binning column, `values` the columns summarized (as many as `atMost`). */
  add(by: Float64Array, values: readonly Float64Array[], rows: number): void {
    const { edges, index } = this;
    for (let i = 0; i < rows; i++) index[i] = binOf(edges, by[i] as number);
    values.forEach((column, v) => {
      const count = this.count[v] as Float64Array;
      const shift = this.shift[v] as Float64Array;
      const s1 = this.s1[v] as Float64Array;
      const s2 = this.s2[v] as Float64Array;
      for (let i = 0; i < rows; i++) {
        const x = column[i] as number;
        if (x - x !== 0) continue; // not finite
        const b = index[i] as number;
        if (count[b] === 0) shift[b] = x;
        const d = x - (shift[b] as number);
        count[b] = (count[b] as number) + 1;
        s1[b] = (s1[b] as number) + d;
        s2[b] = (s2[b] as number) + d * d;
      }
      const limit = this.atMost[v];
      if (limit === undefined) return;
      const hits = this.hits[v] as Float64Array;
      for (let i = 0; i < rows; i++) if ((column[i] as number) <= limit) hits[index[i] as number] = (hits[index[i] as number] as number) + 1;
    });
  }

  finish(): BinnedMoments[] {
    const result = this.atMost.map((limit, v): BinnedMoments => ({
      moments: Array.from({ length: this.bins }, (_, b): Moments => {
        const n = this.count[v]?.[b] as number;
        if (n === 0) return EMPTY_MOMENTS;
        const s1 = this.s1[v]?.[b] as number;
        const s2 = this.s2[v]?.[b] as number;
        return { count: n, mean: (this.shift[v]?.[b] as number) + s1 / n, m2: Math.max(0, s2 - (s1 * s1) / n) };
      }),
      at_most: limit === undefined ? [] : Array.from(this.hits[v] as Float64Array),
    }));
    this.reset();
    return result;
  }

  private reset(): void {
    const fresh = () => this.atMost.map(() => new Float64Array(this.bins));
    this.count = fresh();
    this.shift = fresh();
    this.s1 = fresh();
    this.s2 = fresh();
    this.hits = fresh();
  }
}

/** The binned summaries of two disjoint sets of rows, column by column and bin by bin. */
export function mergeBinnedMoments(a: readonly BinnedMoments[], b: readonly BinnedMoments[]): BinnedMoments[] {
  return a.map((left, v) => {
    const right = b[v] as BinnedMoments;
    return {
      moments: left.moments.map((m, k) => mergeMoments(m, right.moments[k] as Moments)),
      at_most: left.at_most.map((h, k) => h + (right.at_most[k] as number)),
    };
  });
}
