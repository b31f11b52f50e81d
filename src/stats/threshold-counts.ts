/**
 * Exact counts of values at or below (or strictly below) each of a sorted list of
 * thresholds, from one pass: each value lands in the bin of the first threshold it does
 * not exceed, found by binary search, and the counts are the bins' running sums. The
 * payback-probability curve (37 months) costs one pass instead of 37.
 */
export interface ThresholdCounts {
  /** Ascending, distinct. */
  readonly thresholds: Float64Array;
  /** '<=' counts x <= t; '<' counts x < t. */
  readonly inclusive: boolean;
  /** counts[j]: values in the comparison with thresholds[j]. */
  readonly counts: Float64Array;
  /** Values seen, NaN included (a NaN is below no threshold). */
  readonly total: number;
  readonly nan: number;
}

/** Sorted distinct thresholds, or a RangeError naming the bad one. */
export function sortedThresholds(thresholds: readonly number[]): Float64Array {
  for (const t of thresholds) if (Number.isNaN(t)) throw new RangeError('thresholds must be numbers (got NaN)');
  return Float64Array.from(new Set(thresholds)).sort();
}

export class ThresholdCountAccumulator {
  private readonly bins: Float64Array;
  private total = 0;
  private nan = 0;

  constructor(
    private readonly thresholds: Float64Array,
    private readonly inclusive: boolean,
  ) {
    this.bins = new Float64Array(thresholds.length + 1);
  }

  add(values: Float64Array, length: number): void {
    const { thresholds, bins, inclusive } = this;
    const last = thresholds.length;
    let nan = 0;
    for (let i = 0; i < length; i++) {
      const x = values[i] as number;
      if (x !== x) {
        nan++;
        continue;
      }
      // The first j with x <= t_j (inclusive) or x < t_j; `last` when there is none.
      let lo = 0;
      let hi = last;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const t = thresholds[mid] as number;
        if (inclusive ? x <= t : x < t) hi = mid;
        else lo = mid + 1;
      }
      (bins[lo] as number)++;
    }
    this.total += length;
    this.nan += nan;
  }

  finish(): ThresholdCounts {
    const counts = new Float64Array(this.thresholds.length);
    let running = 0;
    for (let j = 0; j < counts.length; j++) counts[j] = running += this.bins[j] as number;
    const result = { thresholds: this.thresholds.slice(), inclusive: this.inclusive, counts, total: this.total, nan: this.nan };
    this.bins.fill(0);
    this.total = 0;
    this.nan = 0;
    return result;
  }
}

export function mergeThresholdCounts(a: ThresholdCounts, b: ThresholdCounts): ThresholdCounts {
  return { ...a, counts: a.counts.map((c, j) => c + (b.counts[j] as number)), total: a.total + b.total, nan: a.nan + b.nan };
}

/**
 * How many values satisfy `x op t`. '>' and '>=' are the complements of '<=' and '<' among
 * the values that are not NaN.
 *
 * @throws {RangeError} when t is not one of the counted thresholds or op does not match.
 */
export function countAt(counts: ThresholdCounts, op: '<=' | '<' | '>' | '>=', t: number): number {
  const j = counts.thresholds.indexOf(t);
  if (j < 0) throw new RangeError(`no count at threshold ${t}`);
  const inclusive = op === '<=' || op === '>';
  if (inclusive !== counts.inclusive) throw new RangeError(`counts were taken with ${counts.inclusive ? '<=' : '<'}, not for ${op}`);
  const below = counts.counts[j] as number;
  return op === '<=' || op === '<' ? below : counts.total - counts.nan - below;
}
