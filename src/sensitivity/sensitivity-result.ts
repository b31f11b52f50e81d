/** The sensitivity methods, as `--method` and `--sensitivity` name them. */
export const SENSITIVITY_METHODS = ['conditional', 'spearman', 'sobol', 'evppi', 'flip'] as const;
export type SensitivityMethod = (typeof SENSITIVITY_METHODS)[number];

/**
 * What every method reports (`ftroi sensitivity --json`, and results.json's `sensitivity`):
 * rows keyed by the input's scenario path, sorted by importance.
 */
export interface SensitivityResult<Row extends { readonly input: string } = { readonly input: string }> {
  readonly method: SensitivityMethod;
  readonly metric: string;
  /** Sampled rows behind the result (a Sobol design's base rows). */
  readonly samples: number;
  /** Model evaluations it took. */
  readonly evaluations: number;
  readonly rows: readonly Row[];
  /** Method-specific figures (EVPI, the flip levels, the event). */
  readonly [extra: string]: unknown;
}
