import type { InputSpec } from '../../distributions/index.js';
import type { ValueTornado } from '../analysis/value-tornado.js';
import type { OutputFormat } from '../model/output-field.js';
import type { BreakEvenBandsResult, CostBreakdown, ProbabilityTornado } from './analysis-results.js';
import type { ProbabilityEstimate } from '../stats/binomial-interval.js';
import type { BinnedCounts } from '../stats/quantile-sketch.js';
import type { CorrelationCheck, RoiSensitivity } from './analysis-results.js';
import type { OptionsComparison } from './analysis-results.js';
import type { FactorsScreen } from './quick-screen.js';

/**
 * 2: outputs carry their declared label, unit and format; the manifest names the random
 * generator (engine v2 draws other numbers than v1 for the same seed).
 * 3: `cost_breakdown`, `tornado`, `probability_tornado` and `break_even_bands` (null with
 *    --no-report),
 *    `savings_histogram`.
 * 4: `sensitivity` (null unless asked for or a report is written), `correlations` (target vs
 *    achieved), `convergence` of the headline, each output's `quantile_ci95`, the
 *    manifest's `sampling`, the ROI model's `net_value` output.
 * 5: the complete cost model: outputs `npv`, `roi`, `cash_flow_payback_months`,
 *    `break_even_full_tokens_per_day`, `cost_per_1m_tokens_served`, `serving_instances`;
 *    `cost_breakdown.training`; `options`, `factors`, `catalog`; the manifest's
 *    `payback_definition` and `hours_per_month`.
 */
export const RESULTS_SCHEMA_VERSION = 5;

/** The outputs results.json may summarize, in order (see summarizedOutputs for which). */
export const SUMMARIZED_OUTPUTS = [
  'monthly_savings',
  'payback_months',
  'break_even_tokens_per_day',
  'total_project_cost',
  'monthly_api_cost',
  'monthly_ft_total',
  'npv',
  'roi',
  'break_even_full_tokens_per_day',
  'cash_flow_payback_months',
  'cost_per_1m_tokens_served',
  'serving_instances',
  'achieved_utilization',
] as const;
export type SummarizedOutput = (typeof SUMMARIZED_OUTPUTS)[number];
/** Summarized for every scenario: the reference calculation's, NPV, ROI, the cash-flow payback and both break-evens. */
export type AlwaysSummarizedOutput = Exclude<SummarizedOutput, 'cost_per_1m_tokens_served' | 'serving_instances' | 'achieved_utilization'>;

export const REPORTED_QUANTILES = [5, 10, 25, 50, 75, 90, 95] as const;

/**
 * Summary statistics of one output. A quantile is null where it falls on +-Infinity (a
 * payback that never happens); mean and sd cover the finite samples only.
 */
export interface OutputStatistics {
  /** From the model's output declaration: printers take them from here. */
  readonly label: string;
  readonly unit: string;
  readonly format: OutputFormat;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly p5: number | null;
  readonly p10: number | null;
  readonly p25: number | null;
  readonly p50: number | null;
  readonly p75: number | null;
  readonly p90: number | null;
  readonly p95: number | null;
  /** Share of samples at +Infinity: for payback_months, those that never pay back. */
  readonly p_infinite: number;
  /**
   * 95% interval of each percentile from order statistics: the sample quantiles at
   * q -+ 1.96 sqrt(q (1 - q) / n), distribution-free (null where they fall on infinity).
   */
  readonly quantile_ci95: Readonly<Record<QuantileKey, readonly [number | null, number | null]>>;
}

export type QuantileKey = `p${(typeof REPORTED_QUANTILES)[number]}`;

/** The headline after each chunk's rows: how it settled as samples grew. */
export interface ConvergencePoint {
  readonly samples: number;
  readonly estimate: number;
  readonly ci95: readonly [number, number];
}

export interface Manifest {
  readonly ftroi_version: string;
  readonly scenario_name: string;
  readonly scenario_sha256: string;
  readonly seed: string;
  readonly samples: number;
  readonly chunk_size: number;
  readonly threshold_months: number;
  readonly random_generator: string;
  /** mc or lhs, and whether correlations were imposed (Iman-Conover). */
  readonly sampling: string;
  /** Which payback the headline counts: the reference formula, or the cash-flow month (a `time:` section). */
  readonly payback_definition: 'reference' | 'cash_flow';
  /** Hours in a month of serving (a point value; 720 unless the scenario says). */
  readonly hours_per_month: number;
  readonly quantile_method: string;
  readonly quantile_relative_error: number;
}

export interface Results {
  readonly schema_version: number;
  readonly manifest: Manifest;
  readonly scenario: { readonly name: string; readonly description: string | null };
  readonly p_payback_within_threshold: ProbabilityEstimate & { readonly threshold_months: number };
  readonly p_savings_positive: ProbabilityEstimate;
  readonly payback_curve: readonly { readonly month: number; readonly probability: number; readonly ci95: readonly [number, number] }[];
  /** The fleet's size and $ per 1M tokens with a capacity fleet or managed deployment; the utilization achieved with a capacity fleet. */
  readonly outputs: Readonly<Record<AlwaysSummarizedOutput, OutputStatistics> & Partial<Record<SummarizedOutput, OutputStatistics>>>;
  readonly inputs: Readonly<Record<string, InputSpec>>;
  /** Monthly savings in 40 bins from its P1 to its P99 (read from the quantile sketch). */
  readonly savings_histogram: BinnedCounts & { readonly output: 'monthly_savings' };
  /** The report's designed runs; null when they were not run (--no-report). */
  readonly cost_breakdown: CostBreakdown | null;
  readonly tornado: ValueTornado | null;
  readonly probability_tornado: ProbabilityTornado | null;
  readonly break_even_bands: BreakEvenBandsResult | null;
  /** The sensitivity methods run (a report runs conditional, evppi and flip); null when none. */
  readonly sensitivity: RoiSensitivity['sensitivity'] | null;
  /** Each correlated pair's target and achieved rank correlation. */
  readonly correlations: readonly CorrelationCheck[];
  readonly convergence: readonly ConvergencePoint[];
  /** The scenario's options on common random numbers; null when it lists none. */
  readonly options: OptionsComparison | null;
  /** The non-financial checklist with its quick-screen score; null without `factors:`. */
  readonly factors: FactorsScreen | null;
  /** Catalog entries the scenario named and the catalog's date; null when it named none. */
  readonly catalog: { readonly date: string; readonly entries: readonly string[] } | null;
  readonly warnings: readonly string[];
  readonly notes: Readonly<Record<string, string>>;
}

/** The outputs a summary shows: the headline's payback, and the NPV when there are cash flows. */
export function keyOutputs(results: Pick<Results, 'manifest' | 'outputs'>): OutputStatistics[] {
  const names: readonly SummarizedOutput[] =
    results.manifest.payback_definition === 'cash_flow'
      ? ['monthly_savings', 'cash_flow_payback_months', 'npv', 'break_even_full_tokens_per_day', 'total_project_cost']
      : ['monthly_savings', 'payback_months', 'break_even_tokens_per_day', 'total_project_cost'];
  return names.flatMap((name) => results.outputs[name] ?? []);
}

/** The statistics of the payback the headline counts. */
export function headlinePayback(results: Pick<Results, 'manifest' | 'outputs'>): OutputStatistics {
  return results.outputs[results.manifest.payback_definition === 'cash_flow' ? 'cash_flow_payback_months' : 'payback_months'];
}

/** "payback" or "cash-flow payback": what the headline counts. */
export function paybackName(results: Pick<Results, 'manifest'>): string {
  return results.manifest.payback_definition === 'cash_flow' ? 'cash-flow payback' : 'payback';
}
