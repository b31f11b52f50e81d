import { describe, expect, it } from 'vitest';
import { nextStandardNormal } from '../../distributions/normal-ziggurat.js';
import { standardNormalCdf } from '../../distributions/standard-normal.js';
import { createUniformStream } from '../../src/rng/uniform-stream.js';
import { ksCritical, ksStatistic, moments } from '../helpers/sample-stats.js';

describe('ziggurat standard normal draws', () => {
  const n = 1_000_000;
  const source = createUniformStream('ziggurat');
  const z = Float64Array.from({ length: n }, () => nextStandardNormal(source));

  it('pass a Kolmogorov-Smirnov test against Phi at alpha = 0.01, on a million draws', () => {
    expect(ksStatistic(z, standardNormalCdf)).toBeLessThan(ksCritical(n, 0.01));
  });

  it('have mean 0, variance 1 and kurtosis 3 within 4 standard errors', () => {
    const m = moments(z);
    expect(Math.abs(m.mean)).toBeLessThan(4 / Math.sqrt(n));
    // Var of the sample variance of N(0, 1): 2 / n; of the fourth moment: (105 - 9) / n.
    expect(Math.abs(m.variance - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    expect(Math.abs(m.m4 - 3)).toBeLessThan(4 * Math.sqrt(96 / n));
  });

  it('reach the tail beyond the top layer (3.44) as often as the normal does, on both sides', () => {
    const r = 3.442619855899;
    for (const side of [-1, 1]) {
      const p = standardNormalCdf(-r);
      const seen = z.filter((x) => side * x > r).length / n;
      expect(Math.abs(seen - p)).toBeLessThan(4 * Math.sqrt(p / n));
    }
    // Far tail: P(Z > 4.5) = 3.4e-6, about 3 of a million; none beyond 6.5 is expected.
    expect(z.every((x) => Math.abs(x) < 7)).toBe(true);
  });

  it('land in each of 50 equal-probability bins as often as they should (chi-square, 1% level)', () => {
    const bins = new Float64Array(50);
    for (const x of z) bins[Math.min(49, Math.floor(standardNormalCdf(x) * 50))]! += 1;
    const expected = n / 50;
    const chi2 = bins.reduce((s, o) => s + ((o - expected) * (o - expected)) / expected, 0);
    // The 99th percentile of chi-square with 49 degrees of freedom is 74.9.
    expect(chi2).toBeLessThan(74.9);
  });
});
