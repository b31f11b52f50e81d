import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { describe, expect, it } from 'vitest';
import { standardNormalCdf, standardNormalQuantile } from '../../distributions/standard-normal.js';

describe('standardNormalQuantile (AS 241)', () => {
  it('gives the published percentage points', () => {
    // Abramowitz and Stegun table 26.5 / R qnorm, to the digits printed there.
    expect(standardNormalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(standardNormalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 14);
    expect(standardNormalQuantile(0.999)).toBeCloseTo(3.090232306167813, 14);
    expect(standardNormalQuantile(0.5)).toBe(0);
  });

  it('inverts the CDF to within its conditioning, from 1e-300 to 1 - 1e-12, on both sides of every branch', () => {
    const ps = [1e-300, 1e-100, 1e-20, 1e-12, 2.5e-17, 1e-10, 1e-5, 0.01, 0.0749, 0.0751, 0.2, 0.5 - 1e-9, 0.7, 0.9249, 0.9251, 0.99, 1 - 1e-12];
    for (const p of ps) {
      const z = standardNormalQuantile(p);
      const back = standardNormalCdf(z);
      // A relative error e in z moves the tail probability by about z^2 e relative (and the
      // upper tail is read through 1 - p, which keeps only 1e-16 absolute).
      const tolerance = p < 0.5 ? 4e-16 * (z * z + 1) : 1e-16 / (1 - p) + 4e-16 * (z * z + 1);
      expect(Math.abs(back - p) / Math.min(p, 1 - p)).toBeLessThan(tolerance);
    }
  });

  it('is antisymmetric and finite strictly inside (0, 1)', () => {
    // 1 - p is exact for these p, so the two sides see the same tail.
    for (const p of [2 ** -40, 2 ** -10, 0.125, 0.25, 0.375]) expect(standardNormalQuantile(1 - p)).toBeCloseTo(-standardNormalQuantile(p), 12);
    expect([standardNormalQuantile(0), standardNormalQuantile(1)]).toEqual([-Infinity, Infinity]);
    expect(standardNormalQuantile(-0.1)).toBeNaN();
    expect(standardNormalQuantile(Number.NaN)).toBeNaN();
  });
});

describe('standardNormalCdf (Cody erfc)', () => {
  it('agrees with stdlib to 1e-14 relative in the lower tail and 1e-16 absolute above', () => {
    for (let z = -37.5; z <= 9; z += 0.0137) {
      const ours = standardNormalCdf(z);
      const theirs = normalCdf(z, 0, 1);
      if (z < 0) expect(Math.abs(ours - theirs) / theirs).toBeLessThan(1e-14 * (1 + z * z));
      else expect(Math.abs(ours - theirs)).toBeLessThan(2e-16);
    }
  });

  it('gives the published values and its limits', () => {
    expect(standardNormalCdf(0)).toBe(0.5);
    expect(standardNormalCdf(1.959963984540054)).toBeCloseTo(0.975, 15);
    expect([standardNormalCdf(-Infinity), standardNormalCdf(Infinity)]).toEqual([0, 1]);
    expect(standardNormalCdf(Number.NaN)).toBeNaN();
  });
});
