/**
 * A column a reducer reads: an input (as sampled) or an evaluator's output ('base' when not
 * named). A series output has `series` values a row; a scalar reducer reads one `step` of it.
 */
export type ColumnRef = { readonly input: string } | { readonly output: string; readonly evaluator?: string; readonly step?: number };

/** Every reducer has a name (its key in a chunk's summary) and a column. */
interface Named {
  readonly name: string;
  readonly column: ColumnRef;
}

/**
 * What a chunk reduces its columns to, each to a mergeable summary kept under its name:
 * plain data, so that plans cross threads.
 */
export type ReducerSpec =
  | (Named & { readonly kind: 'moments' })
  | (Named & { readonly kind: 'sketch' })
  | (Named & { readonly kind: 'threshold_counts'; readonly thresholds: readonly number[]; readonly inclusive: boolean })
  | (Named & { readonly kind: 'histogram'; readonly min: number; readonly max: number; readonly bins: number })
  | (Named & { readonly kind: 'series_moments'; readonly series: number })
  /** Every value, in row order: an audit trail. Memory grows with the samples, so callers bound them. */
  | (Named & { readonly kind: 'values' })
  /**
   * Columns summarized within bins of `column` (inner edges ascending): per bin their moments
   * and, where `at_most` is given, how many are at or below it.
   */
  | (Named & { readonly kind: 'binned'; readonly edges: readonly number[]; readonly values: readonly BinnedValue[] })
  /** Spearman's rank correlation of `column` with `with`, ranks read off quantile tables. */
  | (Named & {
      readonly kind: 'rank_correlation';
      readonly with: ColumnRef;
      readonly column_quantiles: readonly number[];
      readonly with_quantiles: readonly number[];
    })
  /** How the count of values <= at_most grew, block by block (a convergence trace). */
  | (Named & { readonly kind: 'running_counts'; readonly at_most: number })
  /** Moments of the column and of its positive and negative parts (value of information). */
  | (Named & { readonly kind: 'partial_moments' })
  /**
   * Sobol sums over rows laid out by the Saltelli sampler for `inputs` inputs, with
   * `replicates` Poisson-bootstrap replicates; `shift` (about the column's mean) is
   * subtracted to keep sums of squares small.
   */
  | (Named & { readonly kind: 'sobol'; readonly inputs: number; readonly shift: number; readonly replicates: number })
  /**
   * Alternatives compared row by row: `constant` (when given) is alternative 0, then
   * `column`, then each of `others`; counts of the best and moments of each one's regret.
   */
  | (Named & { readonly kind: 'best_of'; readonly others: readonly ColumnRef[]; readonly constant?: number });

/** A column a binned reducer summarizes, and the optional event `value <= at_most` it counts. */
export interface BinnedValue {
  readonly column: ColumnRef;
  readonly at_most?: number;
}

export type ReducerKindName = ReducerSpec['kind'];

/** Every column a reducer reads, its own `column` first. */
export function columnsOf(spec: ReducerSpec): ColumnRef[] {
  switch (spec.kind) {
    case 'binned':
      return [spec.column, ...spec.values.map((value) => value.column)];
    case 'rank_correlation':
      return [spec.column, spec.with];
    case 'best_of':
      return [spec.column, ...spec.others];
    default:
      return [spec.column];
  }
}
