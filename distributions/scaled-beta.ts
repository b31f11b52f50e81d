import { createRequire } from 'node:module';
import { gammaSampler } from './gamma-sampler.js';
import type { Distribution, DistributionKind, Rng } from './types.js';

type BetaFunctionFactory = { factory(alpha: number, beta: number): (x: number) => number };

// stdlib's beta CDF and quantile cost about 0.2 s to load and are never needed to sample, so
// they load on first use: a worker thread that only draws never pays for them.
const require = createRequire(import.meta.url);
const stdlibBeta = (name: 'cdf' | 'quantile'): BetaFunctionFactory =>
  require(`@stdlib/stats-base-dists-beta-${name}`) as BetaFunctionFactory;

/**
 * Beta(alpha, beta) stretched onto [min, max]; parameters are already validated by the
 * caller (beta or pert). Draws use two gammas, X / (X + Y), because the inverse beta CDF
 * costs about a microsecond a call.
 */
export function scaledBeta(
  kind: DistributionKind,
  alpha: number,
  beta: number,
  min: number,
  max: number,
): Distribution {
  const width = max - min;
  const gammaA = gammaSampler(alpha);
  const gammaB = gammaSampler(beta);
  let unitQuantile: ((p: number) => number) | undefined;
  let unitCdf: ((x: number) => number) | undefined;
  const sum = alpha + beta;
  const sample = (rng: Rng): number => {
    const x = gammaA(rng);
    return min + (width * x) / (x + gammaB(rng));
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
