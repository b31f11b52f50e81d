import { DistributionParamError, requireFinite } from './param-error.js';
import type { Distribution } from './types.js';

/** 1 with probability p, else 0. */
export function bernoulli(p: number): Distribution {
  requireFinite('bernoulli', { p });
  if (!(p >= 0 && p <= 1)) throw new DistributionParamError(`bernoulli needs 0 <= p <= 1 (got ${p})`);
  return {
    kind: 'bernoulli',
    sample: (rng) => (rng() < p ? 1 : 0),
    fill: (source, out, length) => {
      source.fill32(out, length);
      // The parameter in a local (see Distribution.fill).
      const q = p;
      for (let i = 0; i < length; i++) out[i] = +((out[i] as number) < q);
    },
    quantile: (q) => (q <= 1 - p ? 0 : 1),
    cdf: (x) => (x < 0 ? 0 : x < 1 ? 1 - p : 1),
    mean: p,
    variance: p * (1 - p),
    support: [p === 1 ? 1 : 0, p === 0 ? 0 : 1],
  };
}
