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
 * A sampler of Gamma(shape, 1), by Marsaglia and Tsang's squeeze method
 * (ACM TOMS 26(3), 2000, doi:10.1145/358407.358414). Shapes below 1 use the boost
 * Gamma(a) = Gamma(a + 1) * U^(1/a). Constants are computed once, here.
 */
export function gammaSampler(shape: number): (rng: Rng) => number {
  if (shape < 1) {
    const boosted = gammaSampler(shape + 1);
    const inverseShape = 1 / shape;
    return (rng) => boosted(rng) * Math.pow(rng(), inverseShape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
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
      if (u < 1 - 0.0331 * x2 * x2) return d * v;
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
    }
  };
}
