import { requireFinite } from './param-error.js';
import type { Distribution } from './types.js';

/** A fixed value: the distribution of an input the scenario gives as a plain number. */
export function point(value: number): Distribution {
  requireFinite('a point value', { value });
  return {
    kind: 'point',
    sample: () => value,
    // A fixed value draws nothing: its column is the value, and no stream moves.
    fill: (_source, out, length) => out.fill(value, 0, length),
    quantile: () => value,
    cdf: (x) => (x < value ? 0 : 1),
    mean: value,
    variance: 0,
    support: [value, value],
  };
}
