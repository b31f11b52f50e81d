import type { Distribution } from '../../distributions/index.js';
import { createRng } from '../../src/rng/create-rng.js';

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
  return 1.628 / Math.sqrt(n);
}
