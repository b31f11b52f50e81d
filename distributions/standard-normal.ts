import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** Phi, the standard normal CDF (stdlib, accurate to a few ULPs). */
export const standardNormalCdf = normalCdf.factory(0, 1);

/** Phi^-1, the standard normal quantile (stdlib). */
export const standardNormalQuantile = normalQuantile.factory(0, 1);

/** phi, the standard normal density. */
export function standardNormalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}
