import { standardNormalQuantile } from '../../../distributions/standard-normal.js';
import { shuffleInPlace } from '../../rng/shuffle.js';
import type { UniformStream } from '../../rng/uniform-stream.js';
import { cholesky, invertLower } from '../../stats/cholesky.js';
import { scoreCorrelationFor } from '../../stats/rank-correlation.js';
import { sortOrder } from '../../stats/sort-order.js';

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
  const base = scoresFor(n);
  const scores = columns.map(() => shuffleInPlace(base.slice(), stream));
  const ownFactor = cholesky(correlationOf(scores, n));
  // Rows t = s Q^-T P^T: M = Q^-T P^T, so t_c = sum_j s_j M[j][c].
  const qInv = invertLower(ownFactor);
  const mixed = columns.map((_, c) => {
    const weights = Float64Array.from({ length: k }, (_, j) => {
      let sum = 0;
      for (let m = 0; m < k; m++) sum += (qInv[m]?.[j] as number) * (target[c]?.[m] as number);
      return sum;
    });
    return mixColumn(scores, weights, n);
  });
  // Each column's values, ascending, go to its rows in the order of their mixed scores (sums
  // that start at +0 are never -0, so the two orders agree on what is a tie).
  columns.forEach((column, c) => {
    const values = gathered(column, sortOrder(column.subarray(0, n)));
    scatter(values, sortOrder(mixed[c] as Float64Array), column);
  });
}

// The loops over a chunk's rows are functions of the module's own: a closure made inside a
// function called a few times a chunk starts without V8's type feedback every time, so its
// loop ran unoptimized, boxing every double (~50 ms a column of 200,000 rows).

/** values[order[r]] for each r. */
function gathered(values: Float64Array, order: Uint32Array): Float64Array {
  const out = new Float64Array(order.length);
  for (let r = 0; r < order.length; r++) out[r] = values[order[r] as number] as number;
  return out;
}

/** out[order[r]] = values[r] for each r. */
function scatter(values: Float64Array, order: Uint32Array, out: Float64Array): void {
  for (let r = 0; r < order.length; r++) out[order[r] as number] = values[r] as number;
}

/** Van der Waerden scores Phi^-1(i / (n + 1)), i = 1..n: the same for every chunk of n rows, so kept. */
let scoresKept = { n: 0, scores: new Float64Array(0) };
function scoresFor(n: number): Float64Array {
  if (scoresKept.n !== n) scoresKept = { n, scores: Float64Array.from({ length: n }, (_, i) => standardNormalQuantile((i + 1) / (n + 1))) };
  return scoresKept.scores;
}

/** sum_j scores[j][i] weights[j] for each row i, summed in j's order. */
function mixColumn(scores: readonly Float64Array[], weights: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < scores.length; j++) sum += ((scores[j] as Float64Array)[i] as number) * (weights[j] as number);
    out[i] = sum;
  }
  return out;
}

/** The Pearson correlation matrix of k columns of n values. */
function correlationOf(columns: readonly Float64Array[], n: number): number[][] {
  const deviations = columns.map((c) => centred(c, n));
  const norms = deviations.map((c) => Math.sqrt(dot(c, c, n)));
  return deviations.map((a, i) => deviations.map((b, j) => (i === j ? 1 : dot(a, b, n) / ((norms[i] as number) * (norms[j] as number)))));
}

/** The column's first n values less their mean. */
function centred(column: Float64Array, n: number): Float64Array {
  let mean = 0;
  for (let i = 0; i < n; i++) mean += column[i] as number;
  mean /= n;
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) out[i] = (column[i] as number) - mean;
  return out;
}

function dot(a: Float64Array, b: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}
