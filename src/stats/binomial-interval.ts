/** z such that P(|Z| <= z) = 0.95. */
const Z975 = 1.959963984540054;

/** An estimated probability with its Monte Carlo error. */
export interface ProbabilityEstimate {
  readonly estimate: number;
  /** sqrt(p (1 - p) / n), the binomial standard error. */
  readonly standard_error: number;
  /** Wilson score interval at 95%, which stays inside [0, 1] and is honest at p = 0 or 1. */
  readonly ci95: readonly [number, number];
}

/**
 * The probability of an event seen `hits` times in `n` independent samples, with the
 * Wilson score interval (Wilson 1927, doi:10.1080/01621459.1927.10502953).
 *
 * @example estimateProbability(50, 100).ci95 // => [0.4038..., 0.5961...]
 */
export function estimateProbability(hits: number, n: number): ProbabilityEstimate {
  if (!(n > 0)) throw new RangeError('estimateProbability requires at least one sample');
  const p = hits / n;
  const z2 = Z975 * Z975;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z975 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return {
    estimate: p,
    standard_error: Math.sqrt((p * (1 - p)) / n),
    ci95: [Math.max(0, centre - half), Math.min(1, centre + half)],
  };
}
