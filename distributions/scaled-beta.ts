import { createRequire } from 'node:module';
import { logGammaSampler } from './gamma-sampler.js';
import type { Distribution, DistributionKind, Rng } from './types.js';

type BetaFunctionFactory = { factory(alpha: number, beta: number): (x: number) => number };

// stdlib's beta CDF and quantile cost about 0.2 s to load and are never needed to sample, so
// they load on first use: a worker thread that only draws never pays for them.
const require = createRequire(import.meta.url);
const stdlibBeta = (name: 'cdf' | 'quantile'): BetaFunctionFactory =>
  require(`@stdlib/stats-base-dists-beta-${name}`) as BetaFunctionFactory;

/**
 * Beta(alpha, beta) stretched onto [min, max]; parameters are already validated by the
 * caller (beta or pert). Draws use two gammas, X / (X + Y), taken in logs so that tiny
 * shapes (down to 1e-10 and below) still draw finite values in [min, max]; the inverse
 * beta CDF would cost about a microsecond a call.
 */
export function scaledBeta(
  kind: DistributionKind,
  alpha: number,
  beta: number,
  min: number,
  max: number,
): Distribution {
  const width = max - min;
  const logGammaA = logGammaSampler(alpha);
  const logGammaB = logGammaSampler(beta);
  let unitQuantile: ((p: number) => number) | undefined;
  let unitCdf: ((x: number) => number) | undefined;
  const sum = alpha + beta;
  // X / (X + Y) = 1 / (1 + exp(log Y - log X)): finite for any shapes, 0 or 1 at the extremes.
  const sample = (rng: Rng): number => {
    const logX = logGammaA(rng);
    return min + width / (1 + Math.exp(logGammaB(rng) - logX));
  };
  return {
    kind,
    sample,
    fill: (source, out, length) => {
      const rng = () => source.next();
      for (let i = 0; i < length; i++) out[i] = sample(rng);
    },
    quantile: (p) => min + width * (unitQuantile ??= stdlibBeta('quantile').factory(alpha, beta))(p),
    cdf: (x) => (unitCdf ??= stdlibBeta('cdf').factory(alpha, beta))((x - min) / width),
    mean: min + (width * alpha) / sum,
    variance: (width * width * alpha * beta) / (sum * sum * (sum + 1)),
    support: [min, max],
  };
}
