/** Count, mean and sum of squared deviations of the finite values seen: mergeable. */
export interface Moments {
  readonly count: number;
  readonly mean: number;
  readonly m2: number;
}

export const EMPTY_MOMENTS: Moments = { count: 0, mean: 0, m2: 0 };

/**
 * Moments of the finite values among the first `length` of `values`, in one pass of sums of
 * deviations from a shift (the first finite value): m2 = S2 - S1^2 / n. The shift keeps the
 * cancellation small (it is a draw of the same distribution, about a standard deviation from
 * the mean), a constant column gets its value as the mean exactly and a variance of exactly
 * 0, and callers see blocks of a thousand values, merged by Chan's formula.
 */
export function momentsOf(values: Float64Array, length = values.length): Moments {
  const first = firstFinite(values, length);
  if (first === length) return EMPTY_MOMENTS;
  const shift = values[first] as number;
  let count = 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = first; i < length; i++) {
    const d = (values[i] as number) - shift;
    // d is finite exactly when the value is (d - d is then 0, else NaN).
    if (d - d === 0) {
      count++;
      s1 += d;
      s2 += d * d;
    }
  }
  return momentsFromSums(count, shift, s1, s2);
}

/** Where a block's scan of `values` starts: its first finite value is the shift of its sums. */
export function firstFinite(values: Float64Array, length: number): number {
  let first = 0;
  while (first < length && !Number.isFinite(values[first] as number)) first++;
  return first;
}

/** The moments of `count` finite values from their sums of deviations from `shift` (see momentsOf). */
export function momentsFromSums(count: number, shift: number, s1: number, s2: number): Moments {
  return count === 0 ? EMPTY_MOMENTS : { count, mean: shift + s1 / count, m2: Math.max(0, s2 - (s1 * s1) / count) };
}

/**
 * Combines the moments of two disjoint sets (Chan, Golub and LeVeque 1979, "Updating
 * formulae and a pairwise algorithm for computing sample variances"). Floating point makes
 * the result depend on merge order, so callers merge chunks in index order.
 */
export function mergeMoments(a: Moments, b: Moments): Moments {
  if (b.count === 0) return a;
  if (a.count === 0) return b;
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  return {
    count,
    mean: a.mean + (delta * b.count) / count,
    m2: a.m2 + b.m2 + (delta * delta * a.count * b.count) / count,
  };
}

/** The sample standard deviation (n - 1 denominator); NaN below two values. */
export function standardDeviation(m: Moments): number {
  return m.count > 1 ? Math.sqrt(m.m2 / (m.count - 1)) : Number.NaN;
}

/**
 * Moments merged block by block in place: each `addSums` is mergeMoments(running,
 * momentsFromSums(...)), the same operations in the same order, with no object a block (a
 * chunk's sketches made half its garbage that way, and a young-generation collection a
 * chunk; two workers collecting at once scaled worse than two computing).
 */
export class RunningMoments {
  private count = 0;
  private mean = 0;
  private m2 = 0;

  /** Merges in the block of `count` finite values whose deviations from `shift` sum to s1, and their squares to s2. */
  addSums(count: number, shift: number, s1: number, s2: number): void {
    if (count === 0) return;
    const mean = shift + s1 / count;
    const m2 = Math.max(0, s2 - (s1 * s1) / count);
    // The first block's moments are taken as they are (mergeMoments returns b when a is
    // empty). A select, not a branch of its own: stores reached once a chunk deoptimized the
    // sketch's add every chunk ("insufficient type feedback").
    const first = this.count === 0;
    const total = this.count + count;
    const delta = mean - this.mean;
    this.mean = first ? mean : this.mean + (delta * count) / total;
    this.m2 = first ? m2 : this.m2 + m2 + (delta * delta * this.count * count) / total;
    this.count = total;
  }

  /** Merges in the block of `count` finite values given as their deviations from `shift`, summed in order as momentsOf sums them. */
  addDeviations(deviations: Float64Array, count: number, shift: number): void {
    let s1 = 0;
    let s2 = 0;
    for (let k = 0; k < count; k++) {
      const d = deviations[k] as number;
      s1 += d;
      s2 += d * d;
    }
    this.addSums(count, shift, s1, s2);
  }

  /** The moments merged so far; empty again after. */
  take(): Moments {
    const moments = this.count === 0 ? EMPTY_MOMENTS : { count: this.count, mean: this.mean, m2: this.m2 };
    this.count = 0;
    this.mean = 0;
    this.m2 = 0;
    return moments;
  }
}

/** Moments of values added block by block (each block in two passes, blocks merged by Chan). */
export class MomentsAccumulator {
  private moments: Moments = EMPTY_MOMENTS;

  add(values: Float64Array, length: number): void {
    this.moments = mergeMoments(this.moments, momentsOf(values, length));
  }

  finish(): Moments {
    const result = this.moments;
    this.moments = EMPTY_MOMENTS;
    return result;
  }
}
