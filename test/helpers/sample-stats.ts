import type { Distribution } from '../../distributions/index.js';
import { createRng } from '../../src/rng/create-rng.js';
import { createUniformStream } from '../../src/rng/uniform-stream.js';

/** n draws of `dist` by its batch path, `fill`, in blocks of 1,000 from a stream keyed by `seed`. */
export function drawBatch(dist: Distribution, n: number, seed: string): Float64Array {
  const stream = createUniformStream(seed);
  const out = new Float64Array(n);
  for (let start = 0; start < n; start += 1_000) dist.fill(stream, out.subarray(start), Math.min(1_000, n - start));
  return out;
}

/** The two ways a distribution draws: one at a time (`sample`), and a column at a time (`fill`). */
export const DRAW_PATHS = [
  ['sample', draw],
  ['fill', drawBatch],
] as const;

/** n draws of `dist` from a stream keyed by `seed`. */
export function draw(dist: Distribution, n: number, seed: string): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = dist.sample(rng);
  return out;
}

/** Sample mean, unbiased variance and the fourth central moment. */
export function moments(xs: Float64Array): { mean: number; variance: number; m4: number } {
  const n = xs.length;
  let mean = 0;
  for (const x of xs) mean += x / n;
  let m2 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d2 = (x - mean) * (x - mean);
    m2 += d2;
    m4 += (d2 * d2) / n;
  }
  return { mean, variance: m2 / (n - 1), m4 };
}

/**
 * The one-sample Kolmogorov-Smirnov statistic of `xs` against a continuous CDF:
 * sup |F_n(x) - F(x)|, taken on both sides of each jump.
 */
export function ksStatistic(xs: Float64Array, cdf: (x: number) => number): number {
  const sorted = xs.slice().sort();
  const n = sorted.length;
  let d = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, f - i / n, (i + 1) / n - f);
  });
  return d;
}

/** The KS critical value at alpha = 0.01 for large n (Smirnov's asymptotic 1.628 / sqrt(n)). */
export function ksCritical01(n: number): number {
  return ksCritical(n, 0.01);
}

/**
 * The KS critical value at level alpha for large n: sqrt(-ln(alpha / 2) / 2) / sqrt(n), the
 * Kolmogorov distribution's tail (1.628 at alpha = 0.01). For a family of m tests, pass
 * alpha / m (Bonferroni) so that the family, not each test, has a false-alarm rate of alpha.
 */
export function ksCritical(n: number, alpha: number): number {
  return Math.sqrt(-Math.log(alpha / 2) / 2) / Math.sqrt(n);
}
