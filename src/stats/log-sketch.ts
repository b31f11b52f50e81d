/**
 * A mergeable quantile sketch with relative accuracy alpha: DDSketch's logarithmic
 * buckets (Masson, Rim and Lee, PVLDB 12(12), 2019, doi:10.14778/3352063.3352135),
 * without bucket collapsing. A value x > 0 falls in bucket i = ceil(log_gamma(x)) with
 * gamma = (1 + alpha) / (1 - alpha); the bucket's estimate 2 gamma^i / (gamma + 1) is
 * within alpha * x of every value in it. Negative values mirror this; zeros, +Infinity
 * and -Infinity are counted apart. Merging adds counts, so it is exact and order-free.
 */
export interface LogSketch {
  readonly relativeAccuracy: number;
  /** Values counted, infinities included. */
  readonly count: number;
  readonly zeros: number;
  readonly positive: Buckets;
  readonly negative: Buckets;
  readonly positiveInfinity: number;
  readonly negativeInfinity: number;
  /** Smallest and largest finite value seen (+Infinity and -Infinity when none). */
  readonly min: number;
  readonly max: number;
}

/** counts[k] is how many values fell in bucket offset + k. */
export interface Buckets {
  readonly offset: number;
  readonly counts: Float64Array;
}

const NO_BUCKETS: Buckets = { offset: 0, counts: new Float64Array(0) };

function logGamma(relativeAccuracy: number): number {
  return Math.log((1 + relativeAccuracy) / (1 - relativeAccuracy));
}

/** A sketch of the first `length` values; NaN is not counted. */
export function sketchOf(values: Float64Array, relativeAccuracy: number, length = values.length): LogSketch {
  if (!(relativeAccuracy > 0 && relativeAccuracy < 1)) {
    throw new RangeError(`relativeAccuracy must be in (0, 1) (got ${relativeAccuracy})`);
  }
  const inverseLogGamma = 1 / logGamma(relativeAccuracy);
  const index = new Int32Array(length);
  let zeros = 0;
  let positiveInfinity = 0;
  let negativeInfinity = 0;
  let min = Infinity;
  let max = -Infinity;
  let posLo = Infinity;
  let posHi = -Infinity;
  let negLo = Infinity;
  let negHi = -Infinity;
  for (let i = 0; i < length; i++) {
    const x = values[i] as number;
    if (x > 0 && x < Infinity) {
      const k = Math.ceil(Math.log(x) * inverseLogGamma);
      index[i] = k;
      if (k < posLo) posLo = k;
      if (k > posHi) posHi = k;
    } else if (x < 0 && x > -Infinity) {
      const k = Math.ceil(Math.log(-x) * inverseLogGamma);
      index[i] = k;
      if (k < negLo) negLo = k;
      if (k > negHi) negHi = k;
    } else if (x === 0) zeros++;
    else {
      // Infinities are counted apart from the finite range; NaN is not counted at all.
      if (x === Infinity) positiveInfinity++;
      else if (x === -Infinity) negativeInfinity++;
      continue;
    }
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const positive = posLo <= posHi ? { offset: posLo, counts: new Float64Array(posHi - posLo + 1) } : NO_BUCKETS;
  const negative = negLo <= negHi ? { offset: negLo, counts: new Float64Array(negHi - negLo + 1) } : NO_BUCKETS;
  let finite = 0;
  for (let i = 0; i < length; i++) {
    const x = values[i] as number;
    if (x > 0 && x < Infinity) (positive.counts[(index[i] as number) - positive.offset] as number)++, finite++;
    else if (x < 0 && x > -Infinity) (negative.counts[(index[i] as number) - negative.offset] as number)++, finite++;
  }
  return {
    relativeAccuracy,
    count: finite + zeros + positiveInfinity + negativeInfinity,
    zeros,
    positive,
    negative,
    positiveInfinity,
    negativeInfinity,
    min,
    max,
  };
}

function mergeBuckets(a: Buckets, b: Buckets): Buckets {
  if (b.counts.length === 0) return a;
  if (a.counts.length === 0) return b;
  const offset = Math.min(a.offset, b.offset);
  const end = Math.max(a.offset + a.counts.length, b.offset + b.counts.length);
  const counts = new Float64Array(end - offset);
  counts.set(a.counts, a.offset - offset);
  const shift = b.offset - offset;
  for (let k = 0; k < b.counts.length; k++) (counts[shift + k] as number) += b.counts[k] as number;
  return { offset, counts };
}

/** The sketch of the union of two sketched sets. */
export function mergeSketches(a: LogSketch, b: LogSketch): LogSketch {
  if (a.relativeAccuracy !== b.relativeAccuracy) {
    throw new RangeError(`cannot merge sketches of accuracy ${a.relativeAccuracy} and ${b.relativeAccuracy}`);
  }
  return {
    relativeAccuracy: a.relativeAccuracy,
    count: a.count + b.count,
    zeros: a.zeros + b.zeros,
    positive: mergeBuckets(a.positive, b.positive),
    negative: mergeBuckets(a.negative, b.negative),
    positiveInfinity: a.positiveInfinity + b.positiveInfinity,
    negativeInfinity: a.negativeInfinity + b.negativeInfinity,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
  };
}

/**
 * The q-quantile of the sketched values: the order statistic of (0-based) rank
 * floor(q (n - 1)), numpy's method 'lower', to within relative error alpha, and clamped to
 * the finite range seen, so a constant sample gives its value exactly. May return
 * +-Infinity when the rank falls among infinite values.
 *
 * @throws {RangeError} on an empty sketch or q outside [0, 1].
 */
export function sketchQuantile(sketch: LogSketch, q: number): number {
  if (sketch.count === 0) throw new RangeError('sketchQuantile requires at least one value');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile level must be in [0, 1] (got ${q})`);
  const gamma = Math.exp(logGamma(sketch.relativeAccuracy));
  const estimate = (k: number) => (2 * Math.pow(gamma, k)) / (gamma + 1);
  const clamp = (x: number) => Math.min(sketch.max, Math.max(sketch.min, x));
  let remaining = Math.floor(q * (sketch.count - 1)) + 1;

  if ((remaining -= sketch.negativeInfinity) <= 0) return -Infinity;
  const { negative, positive } = sketch;
  for (let k = negative.counts.length - 1; k >= 0; k--) {
    if ((remaining -= negative.counts[k] as number) <= 0) return clamp(-estimate(negative.offset + k));
  }
  if ((remaining -= sketch.zeros) <= 0) return 0;
  for (let k = 0; k < positive.counts.length; k++) {
    if ((remaining -= positive.counts[k] as number) <= 0) return clamp(estimate(positive.offset + k));
  }
  return Infinity;
}

/** The fraction of sketched values that are +Infinity (e.g. paybacks that never happen). */
export function fractionPositiveInfinite(sketch: LogSketch): number {
  return sketch.count === 0 ? 0 : sketch.positiveInfinity / sketch.count;
}
