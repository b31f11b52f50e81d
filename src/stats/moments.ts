/** Count, mean and sum of squared deviations of the finite values seen: mergeable. */
export interface Moments {
  readonly count: number;
  readonly mean: number;
  readonly m2: number;
}

export const EMPTY_MOMENTS: Moments = { count: 0, mean: 0, m2: 0 };

/**
 * Moments of the finite values among the first `length` of `values`: two passes, the first
 * summing deviations from the first finite value (shifted data), so that a constant column
 * gets its value as the mean exactly and a variance of exactly 0.
 */
export function momentsOf(values: Float64Array, length = values.length): Moments {
  let count = 0;
  let shift = 0;
  let sum = 0;
  for (let i = 0; i < length; i++) {
    const x = values[i] as number;
    if (Number.isFinite(x)) {
      if (count === 0) shift = x;
      count++;
      sum += x - shift;
    }
  }
  if (count === 0) return EMPTY_MOMENTS;
  const mean = shift + sum / count;
  let m2 = 0;
  for (let i = 0; i < length; i++) {
    const x = values[i] as number;
    if (Number.isFinite(x)) m2 += (x - mean) * (x - mean);
  }
  return { count, mean, m2 };
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
