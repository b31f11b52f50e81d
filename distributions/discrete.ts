import { DistributionParamError, requireFinite } from './param-error.js';
import type { Distribution } from './types.js';

/**
 * A finite distribution: each of `values` with probability proportional to its weight
 * (equal weights when none are given). Draws invert the CDF with a binary search.
 */
export function discrete(values: readonly number[], weights?: readonly number[]): Distribution {
  if (values.length === 0) throw new DistributionParamError('discrete needs at least one value');
  if (weights !== undefined && weights.length !== values.length) {
    throw new DistributionParamError(
      `discrete needs one weight per value (got ${values.length} values, ${weights.length} weights)`,
    );
  }
  values.forEach((value, i) => requireFinite('discrete', { [`values[${i}]`]: value }));
  const given = weights ?? values.map(() => 1);
  given.forEach((w, i) => {
    if (!(Number.isFinite(w) && w >= 0)) {
      throw new DistributionParamError(`discrete needs finite weights >= 0 (got weights[${i}] = ${w})`);
    }
  });
  const total = given.reduce((s, w) => s + w, 0);
  if (!(total > 0)) throw new DistributionParamError('discrete needs weights with a positive sum');

  const byValue = new Map<number, number>();
  values.forEach((v, i) => byValue.set(v, (byValue.get(v) ?? 0) + (given[i] as number) / total));
  const atoms = [...byValue].filter(([, w]) => w > 0).sort((x, y) => x[0] - y[0]);
  const xs = Float64Array.from(atoms, ([v]) => v);
  const cumulative = new Float64Array(atoms.length);
  let running = 0;
  atoms.forEach(([, w], i) => (cumulative[i] = running += w));
  cumulative[atoms.length - 1] = 1;

  const last = atoms.length - 1;
  const quantile = (p: number): number => {
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) < p) lo = mid + 1;
      else hi = mid;
    }
    return xs[lo] as number;
  };
  const mean = atoms.reduce((s, [v, w]) => s + v * w, 0);
  return {
    kind: 'discrete',
    sample: (rng) => quantile(rng()),
    fill: (source, out, length) => {
      source.fill32(out, length);
      for (let i = 0; i < length; i++) out[i] = quantile(out[i] as number);
    },
    quantile,
    cdf: (x) => {
      let c = 0;
      for (let i = 0; i <= last && (xs[i] as number) <= x; i++) c = cumulative[i] as number;
      return c;
    },
    mean,
    variance: atoms.reduce((s, [v, w]) => s + w * (v - mean) * (v - mean), 0),
    support: [xs[0] as number, xs[last] as number],
  };
}
