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
  /** The thresholds padded with +Infinity to a power of two, for the branch-free search. */
  private readonly padded: Float64Array;
  private total = 0;
  private nan = 0;

  constructor(
    private readonly thresholds: Float64Array,
    private readonly inclusive: boolean,
  ) {
    this.bins = new Float64Array(thresholds.length + 1);
    this.padded = new Float64Array(2 ** Math.ceil(Math.log2(thresholds.length + 1))).fill(Infinity);
    this.padded.set(thresholds);
  }

  /**
   * Each value's bin is the number of thresholds it exceeds (inclusive: t < x; else t <= x),
   * found by a binary search whose comparisons feed arithmetic, not jumps: on random values
   * every jump is a coin flip for the branch predictor (the branchy search cost 3x more).
   */
  add(values: Float64Array, length: number): void {
    const { bins, padded } = this;
    const top = padded.length >>> 1;
    let nan = 0;
    if (this.inclusive) {
      for (let i = 0; i < length; i++) {
        const x = values[i] as number;
        let lo = 0;
        for (let step = top; step > 0; step >>>= 1) lo += step * +((padded[lo + step - 1] as number) < x);
        (bins[lo] as number)++;
        nan += +(x !== x);
      }
    } else {
      for (let i = 0; i < length; i++) {
        const x = values[i] as number;
        let lo = 0;
        for (let step = top; step > 0; step >>>= 1) lo += step * +((padded[lo + step - 1] as number) <= x);
        (bins[lo] as number)++;
        nan += +(x !== x);
      }
    }
    // A NaN exceeds no threshold, so it landed in bin 0: take it out again.
    (bins[0] as number) -= nan;
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
