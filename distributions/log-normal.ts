import { DistributionParamError, requireFinite } from './param-error.js';
import { standardNormalCdf, standardNormalQuantile } from './standard-normal.js';
import { fillStandardNormal } from './normal-ziggurat.js';
import type { Distribution } from './types.js';

/** Phi^-1(0.95): the 95th percentile of the standard normal. */
const Z95 = 1.6448536269514722;

/** LogNormal(mu, sigma): exp of Normal(mu, sigma); batch draws by the ziggurat (normal-ziggurat.ts). */
export function logNormal(mu: number, sigma: number): Distribution {
  requireFinite('lognormal', { mu, sigma });
  if (!(sigma > 0)) throw new DistributionParamError(`lognormal needs sigma > 0 (got ${sigma})`);
  const quantile = (p: number): number => Math.exp(mu + sigma * standardNormalQuantile(p));
  const s2 = sigma * sigma;
  return {
    kind: 'lognormal',
    sample: (rng) => quantile(rng()),
    fill: (source, out, length) => {
      fillStandardNormal(source, out, 0, length);
      // Parameters in locals (see Distribution.fill).
      const m = mu;
      const s = sigma;
      for (let i = 0; i < length; i++) out[i] = Math.exp(m + s * (out[i] as number));
    },
    quantile,
    cdf: (x) => (x <= 0 ? 0 : standardNormalCdf((Math.log(x) - mu) / sigma)),
    mean: Math.exp(mu + s2 / 2),
    variance: Math.expm1(s2) * Math.exp(2 * mu + s2),
    support: [0, Infinity],
  };
}

/** The lognormal whose 5th and 95th percentiles are p5 and p95. */
export function logNormalFromP5P95(p5: number, p95: number): Distribution {
  requireFinite('lognormal', { p5, p95 });
  if (!(p5 > 0 && p95 > p5)) {
    throw new DistributionParamError(`lognormal needs 0 < p5 < p95 (got p5 ${p5}, p95 ${p95})`);
  }
  const lo = Math.log(p5);
  const hi = Math.log(p95);
  return logNormal((lo + hi) / 2, (hi - lo) / (2 * Z95));
}

/** The lognormal with the given median and 95th percentile. */
export function logNormalFromMedianP95(median: number, p95: number): Distribution {
  requireFinite('lognormal', { median, p95 });
  if (!(median > 0 && p95 > median)) {
    throw new DistributionParamError(`lognormal needs 0 < median < p95 (got median ${median}, p95 ${p95})`);
  }
  const mu = Math.log(median);
  return logNormal(mu, (Math.log(p95) - mu) / Z95);
}
