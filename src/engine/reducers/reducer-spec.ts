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
  | (Named & { readonly kind: 'values' });

export type ReducerKindName = ReducerSpec['kind'];
