import fc from 'fast-check';
import { expect, it } from 'vitest';
import { DistributionParamError, fromSpec, type DistributionSpec } from '../../distributions/index.js';
import { FUZZ } from '../helpers/fuzz-runs.js';
import { DRAW_PATHS } from '../helpers/sample-stats.js';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const positive = fc.double({ min: 1e-6, max: 1e6, noNaN: true });
/** Shapes from 1e-10 to 1e3, evenly in logarithm. */
const shape = fc.double({ min: -10, max: 3, noNaN: true }).map((e) => 10 ** e);
const sorted = (n: number) => fc.array(finite, { minLength: n, maxLength: n }).map((xs) => [...xs].sort((a, b) => a - b));

/** Distribution specs with parameters drawn anywhere; a factory may refuse them, with a DistributionParamError. */
const specs: fc.Arbitrary<DistributionSpec> = fc.oneof(
  sorted(2).map(([lo, hi]) => ({ uniform: [lo, hi] as [number, number] })),
  sorted(3).map(([a, b, c]) => ({ triangular: [a, b, c] as [number, number, number] })),
  sorted(3).map(([a, b, c]) => ({ pert: [a, b, c] as [number, number, number] })),
  fc.record({ mean: finite, sd: positive, min: fc.option(finite, { nil: undefined }), max: fc.option(finite, { nil: undefined }) }).map((p) => ({
    normal: Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as { mean: number; sd: number },
  })),
  fc.record({ mu: fc.double({ min: -50, max: 50, noNaN: true }), sigma: fc.double({ min: 1e-3, max: 5, noNaN: true }) }).map((p) => ({ lognormal: p })),
  fc.record({ alpha: shape, beta: shape }).map((p) => ({ beta: p })),
  sorted(2).map(([lo, hi]) => ({ integer: [Math.round(lo as number), Math.round(hi as number)] as [number, number] })),
  fc.array(finite, { minLength: 1, maxLength: 6 }).map((values) => ({ discrete: { values } })),
  fc.double({ min: 0, max: 1, noNaN: true }).map((p) => ({ bernoulli: p })),
);

it.each(DRAW_PATHS)('every distribution a factory accepts draws finite values inside its support (%s)', (_path, draw) => {
  fc.assert(
    fc.property(specs, fc.string({ maxLength: 8 }), (spec, seed) => {
      let dist;
      try {
        dist = fromSpec(spec);
      } catch (error) {
        if (error instanceof DistributionParamError) return;
        throw error;
      }
      const [lo, hi] = dist.support;
      for (const x of draw(dist, 200, seed)) {
        expect(Number.isFinite(x)).toBe(true);
        expect(x >= lo && x <= hi).toBe(true);
      }
    }),
    { ...FUZZ, numRuns: Math.ceil(FUZZ.numRuns / 2) },
  );
});
