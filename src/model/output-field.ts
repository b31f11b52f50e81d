/** How a printer shows a value: money, months, a volume, a plain number or a share. */
export type OutputFormat = 'usd' | 'months' | 'tokens_per_day' | 'number' | 'fraction';

/**
 * One output of a model, declared once: the summary, `estimate`, the report and results.json
 * all take its label, unit and format from here.
 */
export interface OutputField {
  /** Flat name, e.g. `monthly_savings`. */
  readonly name: string;
  readonly label: string;
  readonly unit: string;
  readonly format: OutputFormat;
  /**
   * Values per row for a series output (e.g. 36, one a month), stored row-major: row i's
   * value t is at i * series + t. Absent for a scalar, one value per row.
   */
  readonly series?: number;
}
