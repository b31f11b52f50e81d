import { describe, expect, it } from 'vitest';
import {
  bernoulli,
  beta,
  discrete,
  integer,
  logNormal,
  logNormalFromP5P95,
  normal,
  pert,
  triangular,
  uniform,
  type Distribution,
} from '../../distributions/index.js';
import { DRAW_PATHS, ksCritical, ksStatistic, moments } from '../helpers/sample-stats.js';

const N = 40_000;
/** How many standard errors a moment may stray: 5 keeps false alarms near 1 in 10^6. */
const K = 5;

const continuous: [string, Distribution][] = [
  ['uniform(4, 6)', uniform(4, 6)],
  ['triangular(300, 500, 800)', triangular(300, 500, 800)],
  ['triangular with mode at min', triangular(0, 0, 1)],
  ['pert(3, 5, 8)', pert(3, 5, 8)],
  ['pert with mode at max', pert(0, 10, 10)],
  ['normal(150, 20)', normal(150, 20)],
  ['normal(150, 20) truncated below at 80', normal(150, 20, 80)],
  ['normal(0, 1) on [1, 2]', normal(0, 1, 1, 2)],
  ['normal(0, 1) above 3 (upper tail)', normal(0, 1, 3)],
  ['normal(0, 1) on [-0.5, 0.5]', normal(0, 1, -0.5, 0.5)],
  ['lognormal(mu 10.9, sigma 0.3)', logNormal(10.9, 0.3)],
  ['lognormal p5 30000, p95 80000', logNormalFromP5P95(30_000, 80_000)],
  ['beta(2, 5)', beta(2, 5)],
  ['beta(0.5, 0.5) on [10, 20]', beta(0.5, 0.5, 10, 20)],
  ['beta(0.3, 4)', beta(0.3, 4)],
];

/** KS tests in this file: one per continuous distribution and drawing path (Bonferroni's m). */
const KS_TESTS = 2 * continuous.length;

const lattice: [string, Distribution][] = [
  ['integer(5, 15)', integer(5, 15)],
  ['integer(0, 0)', integer(0, 0)],
  ['discrete values with weights', discrete([2, 1, 3, 1], [0.2, 0.3, 0.4, 0.1])],
  ['bernoulli(0.3)', bernoulli(0.3)],
];

// Every test runs on both drawing paths: `sample(rng)` and the engine's batch `fill(stream)`.
describe.each(DRAW_PATHS)('drawn by %s', (_path, draw) => {
  describe.each([...continuous, ...lattice])('%s', (name, dist) => {
    const xs = draw(dist, N, `moments:${name}`);
    const m = moments(xs);

    it('has a sample mean within K standard errors of its mean', () => {
      const se = Math.sqrt(dist.variance / N);
      expect(Math.abs(m.mean - dist.mean)).toBeLessThanOrEqual(K * se + 1e-12);
    });

    it('has a sample variance within K standard errors of its variance', () => {
      // SE of the sample variance: sqrt((mu4 - sigma^4) / n), with mu4 estimated from the sample.
      const se = Math.sqrt(Math.max(0, m.m4 - m.variance * m.variance) / N);
      expect(Math.abs(m.variance - dist.variance)).toBeLessThanOrEqual(K * se + 1e-12);
    });

    it('never draws outside its support', () => {
      const [lo, hi] = dist.support;
      expect(xs.every((x) => x >= lo && x <= hi)).toBe(true);
    });

    it('gives the same draws for the same seed and others for another', () => {
      expect(draw(dist, 100, 'same')).toEqual(draw(dist, 100, 'same'));
      if (dist.variance > 0) expect(draw(dist, 100, 'same')).not.toEqual(draw(dist, 100, 'other'));
    });
  });

  describe.each(continuous)('%s (continuous)', (name, dist) => {
    it('passes a Kolmogorov-Smirnov test against its cdf (family-wise alpha = 0.01)', () => {
      const xs = draw(dist, N, `ks:${name}`);
      expect(ksStatistic(xs, dist.cdf)).toBeLessThan(ksCritical(N, 0.01 / KS_TESTS));
    });

    it('has cdf(quantile(p)) = p', () => {
      for (const p of [0.001, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999]) {
        expect(dist.cdf(dist.quantile(p))).toBeCloseTo(p, 9);
      }
    });
  });

  describe.each(lattice)('%s (lattice)', (name, dist) => {
    it('hits each value with its probability, within K binomial standard errors', () => {
      const xs = draw(dist, N, `freq:${name}`);
      const [lo, hi] = dist.support;
      const values = [...new Set(xs)].sort((a, b) => a - b);
      expect(values[0]).toBe(lo);
      expect(values[values.length - 1]).toBe(hi);
      for (const v of values) {
        const p = dist.cdf(v) - dist.cdf(v - 1e-9);
        const observed = xs.filter((x) => x === v).length / N;
        expect(Math.abs(observed - p)).toBeLessThanOrEqual(K * Math.sqrt((p * (1 - p)) / N) + 1e-12);
      }
    });

    it('has quantile(cdf(x)) = x on its values', () => {
      for (const x of new Set(draw(dist, 200, `q:${name}`))) expect(dist.quantile(dist.cdf(x))).toBe(x);
    });
  });
});

// Tiny shapes put almost all the mass at the ends, where draws round to exactly min or max;
// every draw must still be a number in the support, with the right mean.
describe.each(DRAW_PATHS)('beta with tiny shapes, drawn by %s', (_path, draw) => {
  it.each([
    [1e-10, 1e-10],
    [1e-3, 1e-3],
    [1e-10, 2],
    [0.01, 5],
  ])('beta(%s, %s) draws finite values in [0, 1] with its mean', (a, b) => {
    const dist = beta(a, b);
    const xs = draw(dist, N, `tiny:${a}:${b}`);
    expect(xs.every((x) => x >= 0 && x <= 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / N;
    expect(Math.abs(mean - dist.mean)).toBeLessThanOrEqual(K * Math.sqrt(dist.variance / N) + 1e-12);
  });
});
