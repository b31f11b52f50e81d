import type { ChunkSummary } from '../engine/plan.js';
import type { ReducerSpec } from '../engine/reducers/reducer-spec.js';
import { roiModel } from '../model/roi-model.js';
import type { Scenario } from '../scenario/scenario.js';
import { binnedReducers } from '../sensitivity/binned-analyses.js';
import { conditionalAnalysis } from '../sensitivity/conditional.js';
import { decisionFlips } from '../sensitivity/decision-flips.js';
import type { SensitivityMethod, SensitivityResult } from '../sensitivity/sensitivity-result.js';
import { sobolAnalysis } from '../sensitivity/sobol.js';
import { spearmanAnalysis } from '../sensitivity/spearman.js';
import { inputDistribution, inputPath, targetPlan, type PlanRunner, type SensitivityTarget } from '../sensitivity/target.js';
import { evpiReducers, valueOfInformation } from '../sensitivity/value-of-information.js';
import { quantileTable, spearmanOf, type RankSums } from '../stats/rank-correlation.js';
import type { CorrelationCheck, RoiSensitivity } from './analysis-results.js';
import { paybackOutput, roiSampler } from './roi-plan.js';
import type { SensitivityMetric } from './tornado-metrics.js';

/**
 * Rows the sample-based methods (conditional bins, EVPPI, flips) read at most: the main
 * run's first million rows, drawn again from the same streams (same seed and chunks), so
 * that they cost at most a second whatever the run's size. Their results say how many.
 */
export const SENSITIVITY_SAMPLES_MAX = 1_000_000;
/** Sobol base rows when not given: the N = 2^14. */
export const DEFAULT_SOBOL_SAMPLES = 16_384;

/**
 * The ROI model as a sensitivity target: the metric, the headline's payback within the
 * threshold, and the decision's value (against staying on the API) that value of information
 * is measured in: the net value over the model's life, or the NPV when there are cash flows.
 */
export function roiTarget(scenario: Scenario, metric: SensitivityMetric = 'monthly_savings'): SensitivityTarget {
  return {
    model: roiModel,
    inputs: scenario.inputs,
    seed: scenario.simulation.seed,
    sampler: roiSampler(scenario),
    metric,
    event: { output: paybackOutput(scenario), at_most: scenario.simulation.threshold_months },
    netValue: scenario.hasTimeSection ? 'npv' : 'net_value',
  };
}

export interface SensitivityOptions {
  readonly methods: readonly SensitivityMethod[];
  readonly metric?: SensitivityMetric;
  /** Sobol's base rows N. */
  readonly sobolSamples?: number;
  /** The second level of the decision-flip table (the first is 50%). */
  readonly confidence?: number;
}

/**
 * The reducers of the pass over the main sample's first rows (at most
 * SENSITIVITY_SAMPLES_MAX): the sample-based methods' (conditional bins, EVPPI, flips) when
 * one is asked for, and a rank correlation per correlated pair. None when neither is wanted.
 */
export function firstRowsReducers(scenario: Scenario, options: SensitivityOptions): ReducerSpec[] {
  if (!firstRowsWanted(scenario, options)) return [];
  const target = roiTarget(scenario, options.metric);
  return [...(sampleBased(options) ? [...binnedReducers(target), ...evpiReducers(target)] : []), ...correlationReducers(scenario, target)];
}

const sampleBased = (options: SensitivityOptions) => options.methods.some((m) => m === 'conditional' || m === 'evppi' || m === 'flip');
const firstRowsWanted = (scenario: Scenario, options: SensitivityOptions) => sampleBased(options) || scenario.correlations.length > 0;

/**
 * The sensitivity methods asked for, on a scenario: the sample-based ones from one pass over
 * the main sample's first rows, Spearman from two, Sobol from its own design. `firstRows` is
 * that pass's summary when the caller has it already (a main run of at most
 * SENSITIVITY_SAMPLES_MAX rows that carried firstRowsReducers: the same rows, so the same
 * summaries); else the pass is run.
 */
export async function runRoiSensitivity(scenario: Scenario, options: SensitivityOptions, run: PlanRunner, firstRows?: ChunkSummary): Promise<RoiSensitivity> {
  const target = roiTarget(scenario, options.metric);
  const { methods } = options;
  const samples = Math.min(SENSITIVITY_SAMPLES_MAX, scenario.simulation.samples);
  const chunkSize = scenario.simulation.chunk_size;
  const sensitivity: Partial<Record<SensitivityMethod, SensitivityResult>> = {};
  let correlations: CorrelationCheck[] = [];
  if (firstRowsWanted(scenario, options)) {
    const summary = firstRows ?? (await run(targetPlan(target, firstRowsReducers(scenario, options)), samples, chunkSize));
    if (methods.includes('conditional')) sensitivity.conditional = conditionalAnalysis(target, summary);
    if (methods.includes('evppi')) sensitivity.evppi = valueOfInformation(target, summary);
    if (methods.includes('flip')) sensitivity.flip = decisionFlips(target, summary, options.confidence ?? 0.8);
    correlations = correlationChecks(scenario, summary);
  }
  if (methods.includes('spearman')) sensitivity.spearman = await spearmanAnalysis(target, run, samples, chunkSize);
  if (methods.includes('sobol')) sensitivity.sobol = await sobolAnalysis(target, run, options.sobolSamples ?? DEFAULT_SOBOL_SAMPLES);
  return { sensitivity, correlations };
}

const pairName = (a: string, b: string) => `rank:${a}~${b}`;

/** One rank-correlation reducer per correlated pair: the report shows target vs achieved. */
function correlationReducers(scenario: Scenario, target: SensitivityTarget): ReducerSpec[] {
  const table = (name: string) => quantileTable((p) => inputDistribution(target, name).quantile(p));
  return scenario.correlations.map(({ a, b }) => ({
    name: pairName(a, b),
    kind: 'rank_correlation',
    column: { input: a },
    with: { input: b },
    column_quantiles: table(a),
    with_quantiles: table(b),
  }));
}

function correlationChecks(scenario: Scenario, summary: ChunkSummary): CorrelationCheck[] {
  const path = (name: string) => {
    const field = roiModel.inputs.find((f) => f.name === name);
    return field ? inputPath(field) : name;
  };
  return scenario.correlations.map(({ a, b, r }) => ({ a: path(a), b: path(b), target: r, achieved: spearmanOf(summary.reductions[pairName(a, b)] as RankSums) }));
}
