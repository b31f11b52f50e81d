import { PAYBACK_CURVE_MONTHS } from '../defaults.js';
import { BASE_EVALUATOR, type SamplerSpec, type SimulationPlan } from '../engine/plan.js';
import type { ReducerSpec } from '../engine/reducers/reducer-spec.js';
import { roiModel } from '../model/roi-model.js';
import type { Scenario } from '../scenario/scenario.js';
import { SUMMARIZED_OUTPUTS, type SummarizedOutput } from './results.js';

/**
 * The months of the payback-probability curve: 0 to PAYBACK_CURVE_MONTHS, or further, to
 * the threshold, so that a threshold of 100 months is on the curve, not off its edge.
 */
export function curveMonths(thresholdMonths: number): number[] {
  const last = Math.max(PAYBACK_CURVE_MONTHS, Math.ceil(thresholdMonths));
  return Array.from({ length: last + 1 }, (_, month) => month);
}

/** The names under which a run's reductions are kept. */
export const REDUCTION = {
  /** Quantiles and moments of an output (a quantile sketch carries both). */
  sketch: (output: string) => `${output}.sketch`,
  /** Exact counts of the headline payback <= each month of the curve (evenly spaced: one step a value). */
  paybackCurveCounts: 'payback.curve_counts',
  /** Exact count of the headline payback <= the threshold. */
  paybackThresholdCount: 'payback.threshold_count',
  /** The count of the headline payback <= the threshold as rows grew: the headline's convergence. */
  paybackConvergence: 'payback.running_counts',
  /** Exact count of monthly_savings <= 0, whose complement is P(savings > 0). */
  savingsCounts: 'monthly_savings.counts',
} as const;

/**
 * The payback the headline and its curve count: the reference one (project cost / monthly
 * savings) unless the scenario has a `time:` section, then the cash-flow payback month.
 */
export function paybackOutput(scenario: Scenario): 'payback_months' | 'cash_flow_payback_months' {
  return scenario.hasTimeSection ? 'cash_flow_payback_months' : 'payback_months';
}

/**
 * The outputs a scenario's results summarize: each costs a quantile sketch (with its
 * moments) per sample, so those that say nothing new are left out: the fleet's size and $ per 1M tokens
 * served need a fleet that is not a fixed number of instances (or none: managed), the
 * utilization achieved a fleet sized from traffic (its throughput is then known).
 */
export function summarizedOutputs(scenario: Scenario): SummarizedOutput[] {
  const fleetVaries = scenario.inputs.fleet !== undefined && scenario.inputs.fleet !== 0;
  const managed = scenario.inputs.deployment !== undefined && scenario.inputs.deployment !== 0;
  return SUMMARIZED_OUTPUTS.filter((name) => {
    if (name === 'serving_instances' || name === 'cost_per_1m_tokens_served') return fleetVaries || managed;
    if (name === 'achieved_utilization') return fleetVaries && !managed;
    return true;
  });
}

/** What every run of the ROI model reduces to; `payback` is the output the headline counts. */
export function roiReducers(thresholdMonths: number, payback: string, outputs: readonly string[]): ReducerSpec[] {
  return [
    ...outputs.map((output): ReducerSpec => ({ name: REDUCTION.sketch(output), kind: 'sketch', column: { output } })),
    { name: REDUCTION.paybackCurveCounts, kind: 'threshold_counts', column: { output: payback }, thresholds: curveMonths(thresholdMonths), inclusive: true },
    { name: REDUCTION.paybackThresholdCount, kind: 'threshold_counts', column: { output: payback }, thresholds: [thresholdMonths], inclusive: true },
    { name: REDUCTION.paybackConvergence, kind: 'running_counts', column: { output: payback }, at_most: thresholdMonths },
    { name: REDUCTION.savingsCounts, kind: 'threshold_counts', column: { output: 'monthly_savings' }, thresholds: [0], inclusive: true },
  ];
}

/** What the engine runs for a scenario of the ROI model. */
export function roiPlan(scenario: Scenario): SimulationPlan {
  return {
    model: { id: roiModel.id, url: roiModel.url },
    inputs: scenario.inputs,
    seed: scenario.simulation.seed,
    sampler: roiSampler(scenario),
    evaluators: [{ name: BASE_EVALUATOR }],
    reducers: roiReducers(scenario.simulation.threshold_months, paybackOutput(scenario), summarizedOutputs(scenario)),
  };
}

/** The scenario's sampling: plain or Latin hypercube, with its correlations imposed. */
export function roiSampler(scenario: Scenario): SamplerSpec {
  const kind = scenario.simulation.sampling === 'lhs' ? 'lhs' : 'independent';
  return scenario.correlations.length > 0 ? { kind, correlations: scenario.correlations } : { kind };
}
