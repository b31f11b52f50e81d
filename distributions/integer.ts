import { DistributionParamError, formatParams, requireFinite } from './param-error.js';
import type { Distribution } from './types.js';

/** Uniform over the integers lo, lo + 1, ..., hi (both included). */
export function integer(lo: number, hi: number): Distribution {
  requireFinite('integer', { lo, hi });
  if (!(Number.isInteger(lo) && Number.isInteger(hi) && lo <= hi)) {
    throw new DistributionParamError(`integer needs whole numbers lo <= hi (got ${formatParams([lo, hi])})`);
  }
  const count = hi - lo + 1;
  return {
    kind: 'integer',
    sample: (rng) => lo + Math.floor(rng() * count),
    fill: (source, out, length) => {
      source.fill32(out, length);
      // Parameters in locals (see Distribution.fill).
      const first = lo;
      const n = count;
      for (let i = 0; i < length; i++) out[i] = first + Math.floor((out[i] as number) * n);
    },
    quantile: (p) => lo + Math.max(0, Math.ceil(p * count) - 1),
    cdf: (x) => Math.min(1, Math.max(0, (Math.floor(x) - lo + 1) / count)),
    mean: (lo + hi) / 2,
    variance: (count * count - 1) / 12,
    support: [lo, hi],
  };
}
