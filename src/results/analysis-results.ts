import type { ValueTornado } from '../analysis/value-tornado.js';
import type { ProbabilityEstimate } from '../stats/binomial-interval.js';
import type { SensitivityMethod, SensitivityResult } from '../sensitivity/sensitivity-result.js';

/** What the report's designed runs add to results.json (see roi-analyses.ts). */
export type PinEstimate = Pick<ProbabilityEstimate, 'estimate' | 'ci95'>;

export interface ProbabilityTornado {
  readonly threshold_months: number;
  readonly samples: number;
  readonly base: PinEstimate;
  /** Largest change first. */
  readonly rows: readonly { input: string; label: string; p10: number; p90: number; at_p10: PinEstimate; at_p90: PinEstimate }[];
}

export interface BreakEvenBands {
  readonly metric: 'monthly_savings';
  readonly samples: number;
  /**
   * Daily token volume at each grid point: requests/day set to a factor times its median
   * (every other input sampled), read as that factor times `current_volume`.
   */
  readonly volumes: readonly number[];
  readonly p5: readonly number[];
  readonly p25: readonly number[];
  readonly p50: readonly number[];
  readonly p75: readonly number[];
  readonly p95: readonly number[];
  /** The scenario's daily token volume at its point values (medians), as `estimate` gives it. */
  readonly current_volume: number;
}

/** The bands as results.json has them: with the break-even volume's P5, median and P95 beside. */
export interface BreakEvenBandsResult extends BreakEvenBands {
  readonly break_even: { readonly p5: number | null; readonly p50: number | null; readonly p95: number | null };
}

/** One cost line of the breakdown: its P10, median and P90 (from a quantile sketch). */
export interface CostLine {
  readonly output: string;
  readonly label: string;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/** What fine-tuning costs once (the project) and every month, beside the API bill it replaces. */
export interface CostBreakdown {
  readonly samples: number;
  readonly one_time: readonly CostLine[];
  readonly monthly: readonly CostLine[];
  /** Training cost per run and per experiment (runs x per run is in one_time). */
  readonly training: readonly CostLine[];
  /** The training cost's split, per run, experiment and project, at the inputs' point values. */
  readonly training_split: TrainingSplit;
}

export interface TrainingSplit {
  /** Runs over the project, and runs per experiment, at their point values. */
  readonly runs: number;
  readonly runs_per_experiment: number;
  readonly lines: readonly {
    readonly line: 'compute' | 'storage' | 'data_processing' | 'network' | 'total';
    readonly label: string;
    readonly per_run: number;
    readonly per_experiment: number;
    readonly per_project: number;
  }[];
}

export interface RoiAnalyses {
  readonly cost_breakdown: CostBreakdown;
  readonly tornado: ValueTornado;
  readonly probability_tornado: ProbabilityTornado;
  readonly break_even_bands: BreakEvenBands;
}


/** Target vs achieved rank correlation of each pair a scenario correlates. */
export interface CorrelationCheck {
  readonly a: string;
  readonly b: string;
  readonly target: number;
  readonly achieved: { readonly estimate: number; readonly ci95: readonly [number, number] };
}

export interface RoiSensitivity {
  readonly sensitivity: Partial<Record<SensitivityMethod, SensitivityResult>>;
  readonly correlations: readonly CorrelationCheck[];
}

/** `options:` compared on common random numbers (see options-comparison.ts). */
export interface OptionResult {
  readonly name: string;
  readonly description: string | null;
  /** P(this alternative has the highest NPV), ties to the first listed (the API first). */
  readonly p_best: ProbabilityEstimate;
  /** Mean of (best NPV of the row - this one's): what choosing it gives up, on average. */
  readonly expected_regret: { readonly mean: number; readonly standard_error: number };
  readonly npv: { readonly mean: number; readonly p5: number | null; readonly p50: number | null; readonly p95: number | null };
  /** P(payback <= threshold), and the curve (null for the API, which has nothing to pay back). */
  readonly p_payback_within_threshold: ProbabilityEstimate | null;
  readonly payback_curve: readonly { readonly month: number; readonly probability: number }[] | null;
}

export interface OptionsComparison {
  readonly samples: number;
  readonly metric: 'npv';
  readonly threshold_months: number;
  /** Inputs every option draws from the scenario's own streams (common random numbers). */
  readonly shared_inputs: readonly string[];
  readonly alternatives: readonly OptionResult[];
}
