import type { Rng } from './types.js';

const TWO_PI = 2 * Math.PI;

/**
 * One standard normal draw by Box-Muller (cosine branch only): a third of the cost of the
 * inverse CDF, and the squeeze below needs a normal variate, not a quantile.
 */
function boxMuller(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(TWO_PI * rng());
}

/**
 * A sampler of log(G) for G ~ Gamma(shape, 1), by Marsaglia and Tsang's squeeze method
 * (ACM TOMS 26(3), 2000, doi:10.1145/358407.358414). Shapes below 1 use the boost
 * G(a) = G(a + 1) U^(1/a), taken in logs: log G(a + 1) + log(U) / a. For small shapes G
 * itself underflows to 0 (U^(1/a) with a = 0.001 is 0 for most U), and a beta built from two
 * zeros was NaN; its logarithm stays finite down to shapes of 1e-300. Constants are
 * computed once, here.
 */
export function logGammaSampler(shape: number): (rng: Rng) => number {
  if (shape < 1) {
    const boosted = logGammaSampler(shape + 1);
    const inverseShape = 1 / shape;
    // 1 - U is in (0, 1], so its log is finite.
    return (rng) => boosted(rng) + Math.log(1 - rng()) * inverseShape;
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  const logD = Math.log(d);
  return (rng) => {
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = boxMuller(rng);
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = rng();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return logD + Math.log(v);
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return logD + Math.log(v);
    }
  };
}
