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

  /** Counts the values in; past `capacity` distinct values, it stops counting until take. */
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
            return;
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
  take(): { readonly values: Float64Array; readonly counts: Float64Array } | undefined {
    const order = Array.from({ length: this.size }, (_, k) => k).sort((a, b) => (this.values[a] as number) - (this.values[b] as number));
    const taken = this.overflowed ? undefined : { values: Float64Array.from(order, (k) => this.values[k] as number), counts: Float64Array.from(order, (k) => this.counts[k] as number) };
    this.size = 0;
    this.last = 0;
    this.overflowed = false;
    return taken;
  }
}
