import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { betaQuantileFunction, MAX_FAST_SHAPE } from '../../distributions/beta-quantile.js';
import { createUniformStream } from '../../src/rng/uniform-stream.js';

const require = createRequire(import.meta.url);
const stdlib = require('@stdlib/stats-base-dists-beta-quantile') as { factory(a: number, b: number): (p: number) => number };

/** |x - y| relative to y's distance from the nearer end of [0, 1] (so near 1, to 1 - y), at least a few ulps of 1. */
const error = (x: number, y: number) => Math.abs(x - y) / Math.max(Math.min(y, 1 - y), 2 ** -50);

const SHAPES = [1, 1.0001, 1.2, 1.5, 2, 2.6, 3.4, 4.5, 5, 10, 30, 100];
const EXTREMES = [1e-300, 1e-200, 1e-50, 1e-9];

describe('betaQuantileFunction', () => {
  it("agrees with @stdlib's inverse (Boost's ibeta_inv) for p in [1e-12, 1 - 1e-9], shapes 1 to 100", () => {
    const uniforms = new Float64Array(60);
    createUniformStream('beta-quantile').fill(uniforms, uniforms.length);
    const ps = [1e-12, 1e-9, 1e-6, 1e-3, 0.02, 0.25, 0.5, 0.75, 0.98, 1 - 1e-6, 1 - 1e-9, ...uniforms];
    let worst = 0;
    for (const a of SHAPES) {
      for (const b of SHAPES) {
        const fast = betaQuantileFunction(a, b);
        const reference = stdlib.factory(a, b);
        for (const p of ps) worst = Math.max(worst, error(fast(p), reference(p)));
      }
    }
    expect(worst).toBeLessThan(1e-12);
  });

  it('gives the closed forms of Beta(s, 1) and Beta(1, s) down to p = 1e-300, where @stdlib strays', () => {
    for (const s of SHAPES) {
      const lower = betaQuantileFunction(s, 1);
      const upper = betaQuantileFunction(1, s);
      for (const p of [...EXTREMES, 0.01, 0.3, 0.5, 0.77, 0.99, 1 - 1e-9]) {
        expect(Math.abs(lower(p) / p ** (1 / s) - 1)).toBeLessThan(1e-12);
        expect(Math.abs(upper(p) / -Math.expm1(Math.log1p(-p) / s) - 1)).toBeLessThan(1e-12);
      }
    }
  });

  it('follows I_x ~ x^a / (a B(a, b)) into the far lower tail (Beta(4.5, 17) at p = 1e-300: 2.8e-68; @stdlib gives 6.9e-10)', () => {
    // B(4.5, 17) = Gamma(4.5) Gamma(17) / Gamma(21.5), from the factorials: Gamma(4.5) = 3.5 x 2.5 x 1.5 x 0.5 x sqrt(pi).
    const sqrtPi = Math.sqrt(Math.PI);
    let gamma215 = sqrtPi;
    for (let x = 0.5; x < 21.5; x++) gamma215 *= x;
    const beta = (3.5 * 2.5 * 1.5 * 0.5 * sqrtPi * 20922789888000) / gamma215;
    const q = betaQuantileFunction(4.5, 17);
    // So near 0, (1 - x)^b is 1 and the series' next term is of order x: the leading term is the value.
    for (const p of [1e-300, 1e-200, 1e-100]) expect(Math.abs(q(p) / (p * 4.5 * beta) ** (1 / 4.5) - 1)).toBeLessThan(1e-12);
  });

  it('is monotone and maps 0 and 1 to the ends, NaN and out-of-range p to NaN', () => {
    const q = betaQuantileFunction(2.6, 3.4);
    let last = 0;
    for (let k = 1; k < 10_000; k++) {
      const x = q(k / 10_000);
      expect(x).toBeGreaterThanOrEqual(last);
      last = x;
    }
    expect([q(0), q(1)]).toEqual([0, 1]);
    expect([q(Number.NaN), q(-0.1), q(1.1)].every(Number.isNaN)).toBe(true);
  });

  it(`refuses shapes outside [1, ${MAX_FAST_SHAPE}] (@stdlib's inverse serves those)`, () => {
    expect(() => betaQuantileFunction(0.5, 2)).toThrow(RangeError);
    expect(() => betaQuantileFunction(2, MAX_FAST_SHAPE * 2)).toThrow(RangeError);
  });
});
