import { DistributionParamError, requireFinite } from './param-error.js';
import { standardNormalCdf, standardNormalPdf, standardNormalQuantile } from './standard-normal.js';
import { fillStandardNormal } from './normal-ziggurat.js';
import type { Distribution } from './types.js';

/** Below this retained probability a truncation is taken to be a mistake. */
const MIN_TRUNCATED_MASS = 1e-9;
/**
 * Batch draws reject ziggurat draws outside the interval when it keeps at least this much
 * probability (two tries a draw at most, on average); narrower ones invert the CDF.
 */
const MIN_MASS_TO_REJECT = 0.5;

/**
 * Normal(mean, sd), truncated to [min, max] when either bound is finite. `sample` and
 * `quantile` invert the CDF inside [Phi(a), Phi(b)], so truncation costs no rejections; when
 * the kept interval lies above the mean the mirror image is used, which keeps upper-tail
 * intervals exact. The batch `fill` draws by the ziggurat (see normal-ziggurat.ts).
 */
export function normal(mean: number, sd: number, min = -Infinity, max = Infinity): Distribution {
  requireFinite('normal', { mean, sd });
  if (!(sd > 0)) throw new DistributionParamError(`normal needs sd > 0 (got ${sd})`);
  if (Number.isNaN(min) || Number.isNaN(max) || !(min < max)) {
    throw new DistributionParamError(`normal needs min < max (got min ${min}, max ${max})`);
  }
  const a = (min - mean) / sd;
  const b = (max - mean) / sd;
  // Work in the tail nearest the interval: z -> -z when the interval sits above the mean.
  const flip = a > 0;
  const lo = flip ? -b : a;
  const hi = flip ? -a : b;
  const cdfLo = standardNormalCdf(lo);
  const mass = standardNormalCdf(hi) - cdfLo;
  if (!(mass >= MIN_TRUNCATED_MASS)) {
    throw new DistributionParamError(
      `normal truncated to [${min}, ${max}] keeps almost no probability (P = ${mass.toExponential(2)}); check mean ${mean}, sd ${sd}`,
    );
  }
  const sign = flip ? -1 : 1;
  const quantile = (p: number): number => {
    const z = standardNormalQuantile(cdfLo + (flip ? 1 - p : p) * mass);
    return Math.min(max, Math.max(min, mean + sign * sd * z));
  };
  const pdfA = standardNormalPdf(a);
  const pdfB = standardNormalPdf(b);
  const aPdfA = Number.isFinite(a) ? a * pdfA : 0;
  const bPdfB = Number.isFinite(b) ? b * pdfB : 0;
  const shift = (pdfA - pdfB) / mass;
  return {
    kind: 'normal',
    sample: (rng) => quantile(rng()),
    fill:
      mass >= MIN_MASS_TO_REJECT
        ? (source, out, length) => {
            // Ziggurat draws, those outside [a, b] dropped: at most two tries on average.
            // Each round draws as many as are still missing, and the kept ones move down
            // in order, so the column is what a draw-until-inside loop per value gives.
            // Parameters in locals (see Distribution.fill).
            const zLo = a;
            const zHi = b;
            const lo = min;
            const hi = max;
            const m = mean;
            const s = sd;
            for (let kept = 0; kept < length; ) {
              fillStandardNormal(source, out, kept, length);
              for (let k = kept; k < length; k++) {
                const z = out[k] as number;
                out[kept] = Math.min(hi, Math.max(lo, m + s * z));
                kept += +(z >= zLo && z <= zHi);
              }
            }
          }
        : (source, out, length) => {
            source.fill(out, length);
            for (let i = 0; i < length; i++) out[i] = quantile(out[i] as number);
          },
    quantile,
    cdf: (x) => {
      if (x <= min) return 0;
      if (x >= max) return 1;
      const z = sign * ((x - mean) / sd);
      const inside = (standardNormalCdf(z) - cdfLo) / mass;
      return flip ? 1 - inside : inside;
    },
    mean: mean + sd * shift,
    variance: sd * sd * (1 + (aPdfA - bPdfB) / mass - shift * shift),
    support: [min, max],
  };
}
