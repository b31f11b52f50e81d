import { PAYBACK_CURVE_MONTHS, QUANTILE_RELATIVE_ACCURACY } from '../defaults.js';
import type { EventSpec, SimulationPlan } from '../engine/chunk-task.js';
import { roiModel } from '../model/roi-model.js';
import type { Scenario } from '../scenario/scenario.js';
import { SUMMARIZED_OUTPUTS } from './results.js';

/** Months 0..PAYBACK_CURVE_MONTHS of the payback-probability curve. */
export const CURVE_MONTHS = Array.from({ length: PAYBACK_CURVE_MONTHS + 1 }, (_, month) => month);

/** Where each event sits in roiEvents' list (and so in a summary's eventCounts). */
export const EVENT_INDEX = { paybackWithinThreshold: 0, savingsPositive: 1, curveMonth: (month: number) => 2 + month } as const;

/**
 * The events counted exactly in every run, in the order EVENT_INDEX gives: payback within
 * the threshold, positive monthly savings, then payback within each month of the curve.
 */
export function roiEvents(thresholdMonths: number): EventSpec[] {
  return [
    { output: 'payback_months', op: '<=', value: thresholdMonths },
    { output: 'monthly_savings', op: '>', value: 0 },
    ...CURVE_MONTHS.map((month): EventSpec => ({ output: 'payback_months', op: '<=', value: month })),
  ];
}

/** What the engine runs for a scenario of the ROI model. */
export function roiPlan(scenario: Scenario): SimulationPlan {
  return {
    modelId: roiModel.id,
    inputs: scenario.inputs,
    seed: scenario.simulation.seed,
    outputs: SUMMARIZED_OUTPUTS,
    events: roiEvents(scenario.simulation.threshold_months),
    relativeAccuracy: QUANTILE_RELATIVE_ACCURACY,
  };
}
