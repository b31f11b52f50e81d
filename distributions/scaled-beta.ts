import betaCdf from '@stdlib/stats-base-dists-beta-cdf';
import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import { gammaSampler } from './gamma-sampler.js';
import type { Distribution, DistributionKind } from './types.js';

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
  const unitQuantile = betaQuantile.factory(alpha, beta);
  const unitCdf = betaCdf.factory(alpha, beta);
  const sum = alpha + beta;
  return {
    kind,
    sample: (rng) => {
      const x = gammaA(rng);
      return min + (width * x) / (x + gammaB(rng));
    },
    quantile: (p) => min + width * unitQuantile(p),
    cdf: (x) => unitCdf((x - min) / width),
    mean: min + (width * alpha) / sum,
    variance: (width * width * alpha * beta) / (sum * sum * (sum + 1)),
    support: [min, max],
  };
}
