import { bernoulli } from './bernoulli.js';
import { beta } from './beta.js';
import { discrete } from './discrete.js';
import { integer } from './integer.js';
import { logNormal, logNormalFromMedianP95, logNormalFromP5P95 } from './log-normal.js';
import { normal } from './normal.js';
import { DistributionParamError } from './param-error.js';
import { pert } from './pert.js';
import { point } from './point.js';
import { triangular } from './triangular.js';
import type { Distribution } from './types.js';
import type { DistributionSpec, InputSpec } from './spec.js';
import { uniform } from './uniform.js';

/**
 * Builds the distribution a scenario input describes. The spec's shape is assumed valid
 * (see DISTRIBUTION_PARAMS); the rules between parameters are checked here, once.
 *
 * @throws {DistributionParamError} when the parameters break a rule.
 * @example fromSpec({triangular: [300, 500, 800]}).mean // => 533.33...
 */
export function fromSpec(spec: InputSpec): Distribution {
  if (typeof spec === 'number') return point(spec);
  return fromDistributionSpec(spec);
}

function fromDistributionSpec(spec: DistributionSpec): Distribution {
  if ('uniform' in spec) return uniform(...spec.uniform);
  if ('triangular' in spec) return triangular(...spec.triangular);
  if ('pert' in spec) return pert(...spec.pert);
  if ('normal' in spec) {
    const { mean, sd, min, max } = spec.normal;
    return normal(mean, sd, min, max);
  }
  if ('lognormal' in spec) return lognormalFrom(spec.lognormal);
  if ('beta' in spec) {
    const { alpha, beta: b, min, max } = spec.beta;
    return beta(alpha, b, min, max);
  }
  if ('integer' in spec) return integer(...spec.integer);
  if ('discrete' in spec) return discrete(spec.discrete.values, spec.discrete.weights);
  if ('bernoulli' in spec) return bernoulli(spec.bernoulli);
  throw new Error(`unknown distribution ${JSON.stringify(spec satisfies never)}`);
}

type LogNormalParams = Extract<DistributionSpec, { lognormal: unknown }>['lognormal'];

function lognormalFrom(params: LogNormalParams): Distribution {
  const given = Object.keys(params).sort().join(',');
  const { p5, p95, median, mu, sigma } = params;
  if (given === 'p5,p95') return logNormalFromP5P95(p5 as number, p95 as number);
  if (given === 'median,p95') return logNormalFromMedianP95(median as number, p95 as number);
  if (given === 'mu,sigma') return logNormal(mu as number, sigma as number);
  throw new DistributionParamError(
    `lognormal needs exactly {p5, p95}, {median, p95} or {mu, sigma} (got {${Object.keys(params).join(', ')}})`,
  );
}
