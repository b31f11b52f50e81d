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

/**
 * A block's values at or below the top whole-number threshold, gathered by addWholeNumbers:
 * one buffer for every counter of the thread, made once. Each chunk has counters of its own,
 * and a buffer made by each was an allocation reached once a chunk after V8 had compiled
 * `add` without it (its first run came before V8 kept feedback on it): that deoptimized
 * `add` once in every worker, and it was compiled again (~10 ms a worker).
 */
let gathered = new Float64Array(0);

/** Up to this many thresholds, one counting pass per threshold beats any search. */
const FEW = 4;

export class ThresholdCountAccumulator {
  /** Binned paths: values by the number of thresholds they exceed (NaN lands in none, or in bin 0 and is taken out). */
  private readonly bins: Float64Array;
  /** The few-thresholds path: values in the comparison with each threshold, NaN excluded. */
  private readonly direct: Float64Array;
  /** The thresholds with +Infinity after the last, so that t[j] exists for j = n too. */
  private readonly padded: Float64Array;
  /** Spacing of the thresholds when they are evenly spaced (the payback curve's months), else 0. */
  private readonly step: number;
  /** Whether the thresholds are 0, 1, 2, ...: a value's bin is then its own ceiling (or floor + 1). */
  private readonly wholeNumbers: boolean;
  private total = 0;
  private nan = 0;

  constructor(
    private readonly thresholds: Float64Array,
    private readonly inclusive: boolean,
  ) {
    this.bins = new Float64Array(thresholds.length + 1);
    this.direct = new Float64Array(thresholds.length);
    this.padded = Float64Array.of(...thresholds, Infinity);
    const step = thresholds.length > 1 ? (thresholds[1] as number) - (thresholds[0] as number) : 0;
    const even = step > 0 && Number.isFinite(step) && thresholds.every((t, j) => t === (thresholds[0] as number) + j * step);
    this.step = even ? step : 0;
    this.wholeNumbers = even && step === 1 && thresholds[0] === 0;
  }

  /**
   * Each value's bin is the number of thresholds it exceeds (inclusive: t < x; else t <= x),
   * by whichever way suits the thresholds (ns a value, measured on payback-like data):
   * - a few: one pass per threshold summing the comparison in a register (0.7; a bin
   *   incremented per value waited on its own last store: 3.5);
   * - 0, 1, 2, ... (the payback curve's months): the value's ceiling, which is exact (3.3 on
   *   a payback column, half of it infinite);
   * - otherwise evenly spaced: arithmetic, corrected by one comparison on each side where
   *   rounding put it off by one (2.8);
   * - otherwise a binary search (9.3; a branch-free one was 31, its loads forming one chain).
   */
  add(values: Float64Array, length: number): void {
    let nan = 0;
    if (this.thresholds.length <= FEW) nan = this.addByComparisons(values, length);
    else {
      for (let i = 0; i < length; i++) nan += +((values[i] as number) !== (values[i] as number));
      if (this.wholeNumbers) this.addWholeNumbers(values, length);
      else {
        if (this.step > 0) this.addEvenlySpaced(values, length);
        else this.addBySearch(values, length);
        // A NaN exceeds no threshold, so it landed in bin 0: take it out again.
        (this.bins[0] as number) -= nan;
      }
    }
    this.total += length;
    this.nan += nan;
  }

  /** Counts into `direct`; gives the number of NaNs (a NaN compares false: it is in no count). */
  private addByComparisons(values: Float64Array, length: number): number {
    const { direct, thresholds } = this;
    let nan = 0;
    if (thresholds.length === 0) for (let i = 0; i < length; i++) nan += +((values[i] as number) !== (values[i] as number));
    for (let k = 0; k < thresholds.length; k++) {
      const t = thresholds[k] as number;
      let count = 0;
      let unordered = 0;
      if (this.inclusive) {
        for (let i = 0; i < length; i++) {
          const x = values[i] as number;
          count += +(x <= t);
          unordered += +(x !== x);
        }
      } else {
        for (let i = 0; i < length; i++) {
          const x = values[i] as number;
          count += +(x < t);
          unordered += +(x !== x);
        }
      }
      (direct[k] as number) += count;
      nan = unordered;
    }
    return nan;
  }

  /**
   * Thresholds 0..T: x exceeds ceil(x) of them (inclusive) or floor(x) + 1 (strict), and all
   * of them above T. Values up to T are gathered first, with no branch (each stored, the
   * position moved on by the comparison's 0 or 1), and those above counted: a payback column
   * is half +Infinity at random, and clamping each value in place took a branch either way
   * (7.9 -> 3.3 ns a value). NaN is in neither and lands in no bin.
   */
  private addWholeNumbers(values: Float64Array, length: number): void {
    const { bins } = this;
    const last = this.thresholds.length;
    const top = last - 1;
    if (gathered.length < length) gathered = new Float64Array(length);
    const below = gathered;
    let kept = 0;
    let above = 0;
    if (this.inclusive) {
      for (let i = 0; i < length; i++) {
        const x = values[i] as number;
        below[kept] = x;
        kept += +(x <= top);
        above += +(x > top);
      }
      for (let k = 0; k < kept; k++) {
        const c = Math.ceil(below[k] as number);
        (bins[c > 0 ? c : 0] as number)++;
      }
    } else {
      for (let i = 0; i < length; i++) {
        const x = values[i] as number;
        below[kept] = x;
        kept += +(x < top);
        above += +(x >= top);
      }
      for (let k = 0; k < kept; k++) {
        const c = Math.floor(below[k] as number) + 1;
        (bins[c > 0 ? c : 0] as number)++;
      }
    }
    (bins[last] as number) += above;
  }

  private addEvenlySpaced(values: Float64Array, length: number): void {
    const { bins, padded, step } = this;
    const first = padded[0] as number;
    const last = padded.length - 1;
    // NaN | 0 is 0; infinities are clamped first.
    const clamp = (j: number) => Math.min(Math.max(j, 0), last) | 0;
    if (this.inclusive) {
      for (let i = 0; i < length; i++) {
        const x = values[i] as number;
        let j = clamp(Math.ceil((x - first) / step));
        j += +((padded[j] as number) < x) - +(j > 0 && (padded[j - 1] as number) >= x);
        (bins[j] as number)++;
      }
    } else {
      for (let i = 0; i < length; i++) {
        const x = values[i] as number;
        let j = clamp(Math.floor((x - first) / step) + 1);
        j += +((padded[j] as number) <= x) - +(j > 0 && (padded[j - 1] as number) > x);
        (bins[j] as number)++;
      }
    }
  }

  private addBySearch(values: Float64Array, length: number): void {
    const { bins, thresholds, inclusive } = this;
    const last = thresholds.length;
    for (let i = 0; i < length; i++) {
      const x = values[i] as number;
      let lo = 0;
      let hi = last;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const t = thresholds[mid] as number;
        // Go right past thresholds x exceeds; NaN exceeds none and stays in bin 0.
        if (inclusive ? t < x : t <= x) lo = mid + 1;
        else hi = mid;
      }
      (bins[lo] as number)++;
    }
  }

  finish(): ThresholdCounts {
    const counts = new Float64Array(this.thresholds.length);
    if (this.thresholds.length <= FEW) counts.set(this.direct);
    else {
      let running = 0;
      for (let j = 0; j < counts.length; j++) counts[j] = running += this.bins[j] as number;
    }
    const result = { thresholds: this.thresholds.slice(), inclusive: this.inclusive, counts, total: this.total, nan: this.nan };
    this.bins.fill(0);
    this.direct.fill(0);
    this.total = 0;
    this.nan = 0;
    return result;
  }
}

export function mergeThresholdCounts(a: ThresholdCounts, b: ThresholdCounts): ThresholdCounts {
  // A loop, not map over an arrow function: a closure made anew at every merge was compiled
  // again and again on the main thread (see running-counts.ts thin).
  const counts = new Float64Array(a.counts.length);
  for (let j = 0; j < counts.length; j++) counts[j] = (a.counts[j] as number) + (b.counts[j] as number);
  return { ...a, counts, total: a.total + b.total, nan: a.nan + b.nan };
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
