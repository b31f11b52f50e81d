import { DistributionParamError, formatParams, requireFinite } from './param-error.js';
import type { Distribution } from './types.js';

/** Continuous uniform on [lo, hi]. */
export function uniform(lo: number, hi: number): Distribution {
  requireFinite('uniform', { lo, hi });
  if (!(lo < hi)) {
    throw new DistributionParamError(`uniform needs lo < hi (got ${formatParams([lo, hi])})`);
  }
  const width = hi - lo;
  return {
    kind: 'uniform',
    sample: (rng) => lo + width * rng(),
    fill: (source, out, length) => {
      source.fill32(out, length);
      // Parameters in locals: a closure's captured ones are loaded again each iteration (see Distribution.fill).
      const a = lo;
      const w = width;
      let i = 0;
      // Four draws a turn, for a quarter of the loop's checks (see UniformStream.fill32).
      for (; i + 4 <= length; i += 4) {
        out[i] = a + w * (out[i] as number);
        out[i + 1] = a + w * (out[i + 1] as number);
        out[i + 2] = a + w * (out[i + 2] as number);
        out[i + 3] = a + w * (out[i + 3] as number);
      }
      for (; i < length; i++) out[i] = a + w * (out[i] as number);
    },
    quantile: (p) => lo + width * p,
    cdf: (x) => (x <= lo ? 0 : x >= hi ? 1 : (x - lo) / width),
    mean: (lo + hi) / 2,
    variance: (width * width) / 12,
    support: [lo, hi],
  };
}
