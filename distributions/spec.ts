import { z } from 'zod';

const num = z.number();
const triple = z.tuple([num, num, num]);
const pair = z.tuple([num, num]);
const bounds = { min: num.optional(), max: num.optional() };

/**
 * The parameter shape of each distribution as a scenario writes it, e.g.
 * `{triangular: [min, mode, max]}`. Shape only: the rules between parameters
 * (min <= mode <= max, sd > 0, ...) live in each distribution's factory.
 */
export const DISTRIBUTION_PARAMS = {
  uniform: pair,
  triangular: triple,
  pert: triple,
  normal: z.strictObject({ mean: num, sd: num, ...bounds }),
  lognormal: z.strictObject({
    p5: num.optional(),
    p95: num.optional(),
    median: num.optional(),
    mu: num.optional(),
    sigma: num.optional(),
  }),
  beta: z.strictObject({ alpha: num, beta: num, ...bounds }),
  integer: pair,
  discrete: z.strictObject({ values: z.array(num), weights: z.array(num).optional() }),
  bernoulli: num,
} as const;

export type DistributionName = keyof typeof DISTRIBUTION_PARAMS;

export const DISTRIBUTION_NAMES = Object.keys(DISTRIBUTION_PARAMS) as DistributionName[];

/** One distribution as a scenario writes it: an object with exactly one key. */
export type DistributionSpec = {
  [K in DistributionName]: { [P in K]: z.infer<(typeof DISTRIBUTION_PARAMS)[K]> };
}[DistributionName];

/** A scenario input: a fixed number or a distribution. */
export type InputSpec = number | DistributionSpec;
