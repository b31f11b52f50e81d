/**
 * Counts of a column's distinct values while there are at most `capacity` of them (NaN not
 * counted, -0 counted as 0), in two small typed arrays: the value last seen is tried first,
 * then the few others. A Map cost ~25 ns a value, and a discrete column (a fleet's size)
 * stays counted for its whole chunk; this is a few compares.
 */
export class DistinctCounter {
  private readonly values: Float64Array;
  private readonly counts: Float64Array;
  private size = 0;
  private last = 0;
  private overflowed = false;

  constructor(private readonly capacity: number) {
    this.values = new Float64Array(capacity);
    this.counts = new Float64Array(capacity);
  }

  /**
   * Counts the values in; past `capacity` distinct values, it stops counting until take.
   * Every call ends at the same stores, an overflow too (`break`, not `return`): code that
   * only a discrete column reached had no feedback when V8 compiled the sketch's `add`,
   * which then deoptimized in a worker once a run or so.
   */
  add(column: Float64Array, length: number): void {
    if (this.overflowed) return;
    const { values, counts, capacity } = this;
    let { size, last } = this;
    for (let i = 0; i < length; i++) {
      const x = column[i] as number;
      if (x !== x) continue;
      const key = x === 0 ? 0 : x;
      if (last >= size || values[last] !== key) {
        last = 0;
        while (last < size && values[last] !== key) last++;
        if (last === size) {
          if (size === capacity) {
            this.overflowed = true;
            break;
          }
          values[size] = key;
          counts[size] = 0;
          size++;
        }
      }
      (counts[last] as number) += 1;
    }
    this.size = size;
    this.last = last;
  }

  /** The values, ascending, and their counts, or undefined after an overflow; the counter is empty again. */
  take(): ValueCounts | undefined {
    const taken = this.overflowed ? undefined : byValue(this.values.subarray(0, this.size), this.counts.subarray(0, this.size));
    this.size = 0;
    this.last = 0;
    this.overflowed = false;
    return taken;
  }
}

/** Distinct values, ascending, and how many times each was seen. */
export interface ValueCounts {
  readonly values: Float64Array;
  readonly counts: Float64Array;
}

/** The distinct `values` and their `counts` (paired by position), sorted by value into arrays of their own. */
export function byValue(values: ArrayLike<number>, counts: ArrayLike<number>): ValueCounts {
  const order = Array.from({ length: values.length }, (_, k) => k).sort((a, b) => (values[a] as number) - (values[b] as number));
  return { values: Float64Array.from(order, (k) => values[k] as number), counts: Float64Array.from(order, (k) => counts[k] as number) };
}
