import { standardNormalQuantile } from '../../../distributions/standard-normal.js';
import { shuffleInPlace } from '../../rng/shuffle.js';
import type { UniformStream } from '../../rng/uniform-stream.js';
import { cholesky, invertLower } from '../../stats/cholesky.js';
import { scoreCorrelationFor } from '../../stats/rank-correlation.js';

/**
 * Reorders `columns` (each a sample of one input, n values) in place so that their rank
 * correlations approach `rankCorrelation` (k x k, unit diagonal), leaving each column's
 * values, hence its marginal, exactly as drawn (Iman and Conover 1982,
 * doi:10.1080/03610918208812265). Van der Waerden scores, shuffled per column, are
 * decorrelated by the Cholesky factor of their own correlation and given the target's;
 * each column is then sorted into the order of its score column.
 *
 * @throws {NotPositiveDefiniteError} when the target is not a correlation matrix.
 */
export function imanConover(columns: readonly Float64Array[], n: number, rankCorrelation: readonly (readonly number[])[], stream: UniformStream): void {
  const k = columns.length;
  const target = cholesky(rankCorrelation.map((row, i) => row.map((r, j) => (i === j ? 1 : scoreCorrelationFor(r)))));
  const base = Float64Array.from({ length: n }, (_, i) => standardNormalQuantile((i + 1) / (n + 1)));
  const scores = columns.map(() => shuffleInPlace(base.slice(), stream));
  const ownFactor = cholesky(correlationOf(scores, n));
  // Rows t = s Q^-T P^T: M = Q^-T P^T, so t_c = sum_j s_j M[j][c].
  const qInv = invertLower(ownFactor);
  const mix = Array.from({ length: k }, (_, j) => Array.from({ length: k }, (_, c) => {
    let sum = 0;
    for (let m = 0; m < k; m++) sum += (qInv[m]?.[j] as number) * (target[c]?.[m] as number);
    return sum;
  }));
  const row = new Float64Array(k);
  const mixed = columns.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) row[j] = scores[j]?.[i] as number;
    for (let c = 0; c < k; c++) {
      let sum = 0;
      for (let j = 0; j < k; j++) sum += (row[j] as number) * (mix[j]?.[c] as number);
      (mixed[c] as Float64Array)[i] = sum;
    }
  }
  columns.forEach((column, c) => {
    const values = column.slice(0, n).sort();
    const order = rankOrder(mixed[c] as Float64Array);
    for (let r = 0; r < n; r++) column[order[r] as number] = values[r] as number;
  });
}

/** Row indices in ascending order of their values. */
function rankOrder(values: Float64Array): Uint32Array {
  const order = Uint32Array.from({ length: values.length }, (_, i) => i);
  return order.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
}

/** The Pearson correlation matrix of k columns of n values. */
function correlationOf(columns: readonly Float64Array[], n: number): number[][] {
  const centred = columns.map((c) => {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += c[i] as number;
    mean /= n;
    return c.map((x) => x - mean);
  });
  const dot = (a: Float64Array, b: Float64Array) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += (a[i] as number) * (b[i] as number);
    return s;
  };
  const norms = centred.map((c) => Math.sqrt(dot(c, c)));
  return centred.map((a, i) => centred.map((b, j) => (i === j ? 1 : dot(a, b) / ((norms[i] as number) * (norms[j] as number)))));
}
