/** Fixed-width bins over [min, max), with values below and above counted apart. */
export interface Histogram {
  readonly min: number;
  readonly max: number;
  readonly counts: Float64Array;
  readonly below: number;
  /** Values at or above max, +Infinity included. */
  readonly above: number;
  readonly nan: number;
}

export class HistogramAccumulator {
  private readonly counts: Float64Array;
  private below = 0;
  private above = 0;
  private nan = 0;
  private readonly scale: number;

  constructor(
    private readonly min: number,
    private readonly max: number,
    bins: number,
  ) {
    if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) throw new RangeError(`histogram needs finite min < max (got ${min}, ${max})`);
    if (!(Number.isInteger(bins) && bins > 0)) throw new RangeError(`histogram needs a whole number of bins (got ${bins})`);
    this.counts = new Float64Array(bins);
    this.scale = bins / (max - min);
  }

  add(values: Float64Array, length: number): void {
    const { counts, min, max, scale } = this;
    for (let i = 0; i < length; i++) {
      const x = values[i] as number;
      if (x < min) this.below++;
      else if (x >= max) this.above++;
      else if (x === x) (counts[Math.min(counts.length - 1, Math.floor((x - min) * scale))] as number)++;
      else this.nan++;
    }
  }

  finish(): Histogram {
    const result = { min: this.min, max: this.max, counts: this.counts.slice(), below: this.below, above: this.above, nan: this.nan };
    this.counts.fill(0);
    this.below = this.above = this.nan = 0;
    return result;
  }
}

export function mergeHistograms(a: Histogram, b: Histogram): Histogram {
  return { ...a, counts: a.counts.map((c, k) => c + (b.counts[k] as number)), below: a.below + b.below, above: a.above + b.above, nan: a.nan + b.nan };
}
