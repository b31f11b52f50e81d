import { DistributionParamError, requireFinite } from './param-error.js';
import { scaledBeta } from './scaled-beta.js';
import type { Distribution } from './types.js';

/** Beta(alpha, beta) on [min, max] (default [0, 1]). */
export function beta(alpha: number, betaShape: number, min = 0, max = 1): Distribution {
  requireFinite('beta', { alpha, beta: betaShape, min, max });
  if (!(alpha > 0 && betaShape > 0)) {
    throw new DistributionParamError(`beta needs alpha > 0 and beta > 0 (got alpha ${alpha}, beta ${betaShape})`);
  }
  if (!(min < max)) {
    throw new DistributionParamError(`beta needs min < max (got min ${min}, max ${max})`);
  }
  return scaledBeta('beta', alpha, betaShape, min, max);
}
