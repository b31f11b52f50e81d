import { PAYBACK_CURVE_MONTHS } from '../defaults.js';
import { BASE_EVALUATOR, type SamplerSpec, type SimulationPlan } from '../engine/plan.js';
import type { ReducerSpec } from '../engine/reducers/reducer-spec.js';
import { roiModel } from '../model/roi-model.js';
import type { Scenario } from '../scenario/scenario.js';
import { SUMMARIZED_OUTPUTS } from './results.js';

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
  moments: (output: string) => `${output}.moments`,
  sketch: (output: string) => `${output}.sketch`,
  /** Exact counts of payback_months <= each month of the curve (evenly spaced: one step a value). */
  paybackCurveCounts: 'payback_months.curve_counts',
  /** Exact count of payback_months <= the threshold. */
  paybackThresholdCount: 'payback_months.threshold_count',
  /** The count of payback_months <= the threshold as rows grew: the headline's convergence. */
  paybackConvergence: 'payback_months.running_counts',
  /** Exact count of monthly_savings <= 0, whose complement is P(savings > 0). */
  savingsCounts: 'monthly_savings.counts',
} as const;

/** What every run of the ROI model reduces to. */
export function roiReducers(thresholdMonths: number): ReducerSpec[] {
  return [
    ...SUMMARIZED_OUTPUTS.flatMap((output): ReducerSpec[] => [
      { name: REDUCTION.moments(output), kind: 'moments', column: { output } },
      { name: REDUCTION.sketch(output), kind: 'sketch', column: { output } },
    ]),
    { name: REDUCTION.paybackCurveCounts, kind: 'threshold_counts', column: { output: 'payback_months' }, thresholds: curveMonths(thresholdMonths), inclusive: true },
    { name: REDUCTION.paybackThresholdCount, kind: 'threshold_counts', column: { output: 'payback_months' }, thresholds: [thresholdMonths], inclusive: true },
    { name: REDUCTION.paybackConvergence, kind: 'running_counts', column: { output: 'payback_months' }, at_most: thresholdMonths },
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
    reducers: roiReducers(scenario.simulation.threshold_months),
  };
}

/** The scenario's sampling: plain or Latin hypercube, with its correlations imposed. */
export function roiSampler(scenario: Scenario): SamplerSpec {
  const kind = scenario.simulation.sampling === 'lhs' ? 'lhs' : 'independent';
  return scenario.correlations.length > 0 ? { kind, correlations: scenario.correlations } : { kind };
}
