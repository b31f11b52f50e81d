import { requireFinite } from './param-error.js';
import type { Distribution } from './types.js';

/** A fixed value: the distribution of an input the scenario gives as a plain number. */
export function point(value: number): Distribution {
  requireFinite('a point value', { value });
  return {
    kind: 'point',
    sample: () => value,
    quantile: () => value,
    cdf: (x) => (x < value ? 0 : 1),
    mean: value,
    variance: 0,
    support: [value, value],
  };
}
