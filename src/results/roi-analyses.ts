import { fromSpec } from '../../distributions/index.js';
import { gridVariants, pinVariants, variantPlans, type Variant } from '../analysis/designed-plans.js';
import { valueTornado } from '../analysis/value-tornado.js';
import type { BreakEvenBands, CostBreakdown, CostLine, PinEstimate, ProbabilityTornado, RoiAnalyses } from './analysis-results.js';
import type { ChunkSummary, SimulationPlan } from '../engine/plan.js';
import type { RoiInputs } from '../model/roi-fields.js';
import { roiModel } from '../model/roi-model.js';
import { evaluateRoi } from '../model/evaluate-roi.js';
import { pointValues } from '../scenario/point-values.js';
import type { Scenario } from '../scenario/scenario.js';
import { estimateProbability } from '../stats/binomial-interval.js';
import { sketchQuantile, type QuantileSketch } from '../stats/quantile-sketch.js';
import { countAt, type ThresholdCounts } from '../stats/threshold-counts.js';
import { paybackOutput, roiPlan } from './roi-plan.js';
import type { TornadoMetric } from './tornado-metrics.js';
import { trainingSplit } from './training-split.js';

/** Samples of each designed run (pins, volume grid): enough for a 95% interval of ±0.3 points. */
export const ANALYSIS_SAMPLES = 100_000;
/** Chunks of the designed runs: small enough to spread 1e5 samples over the workers. */
export const ANALYSIS_CHUNK_SIZE = 25_000;
/** The volume grid: 41 factors from 1/100 to 100, evenly spaced in logarithm. */
export const VOLUME_FACTORS = Array.from({ length: 41 }, (_, k) => 10 ** (-2 + k / 10));
/**
 * Grid variants per designed run: each keeps a quantile sketch (8 MiB) per worker, and each
 * run draws its samples again (41 points: 3 runs, 112 MiB a worker).
 */
const GRID_VARIANTS_PER_RUN = 14;

/** Runs a plan for `samples` samples somewhere (the CLI's worker pool) and gives its summary. */
export type PlanRunner = (plan: SimulationPlan, samples: number) => Promise<ChunkSummary>;

/**
 * The designed runs behind the report's tornadoes and bands, on common random numbers: every
 * run has the scenario's seed and the same chunks, so a pin or a grid point changes its own
 * input and nothing else. The engine knows none of this: these are plans like any other.
 */
export async function runRoiAnalyses(scenario: Scenario, run: PlanRunner, metric: TornadoMetric = 'monthly_savings'): Promise<RoiAnalyses> {
  const base = roiPlan(scenario);
  const samples = Math.min(ANALYSIS_SAMPLES, scenario.simulation.samples);
  const threshold = scenario.simulation.threshold_months;
  const label = (input: string) => roiModel.inputs.find((field) => field.name === input)?.label ?? input;

  const payback = (name: string, evaluator?: string) => ({
    name,
    kind: 'threshold_counts' as const,
    column: { output: paybackOutput(scenario), ...(evaluator ? { evaluator } : {}) },
    thresholds: [threshold],
    inclusive: true,
  });
  const pins = pinVariants(base.inputs);
  // The pins' plan also carries the cost breakdown's sketches, on its base evaluator.
  const baseReducers = [payback('base'), ...COST_LINES.map((output) => ({ name: output, kind: 'sketch' as const, column: { output } }))];
  const pinPlan = variantPlans({ ...base, reducers: baseReducers }, pins.flatMap((p) => [p.low, p.high]), (v) => [payback(v.name, v.name)])[0] ?? {
    ...base,
    reducers: baseReducers,
  };
  const pinSummary = await run(pinPlan, samples);
  const estimate = (name: string): PinEstimate => {
    const { estimate: p, ci95 } = estimateProbability(countAt(pinSummary.reductions[name] as ThresholdCounts, '<=', threshold), pinSummary.samples);
    return { estimate: p, ci95 };
  };
  const rows = pins
    .map((p) => ({ input: p.input, label: label(p.input), p10: p.low.value, p90: p.high.value, at_p10: estimate(p.low.name), at_p90: estimate(p.high.name) }))
    .sort((a, b) => Math.abs(b.at_p90.estimate - b.at_p10.estimate) - Math.abs(a.at_p90.estimate - a.at_p10.estimate) || a.input.localeCompare(b.input));

  const medianRequests = fromSpec(base.inputs.requests_per_day ?? Number.NaN).quantile(0.5);
  const grid: Variant[] = gridVariants('requests_per_day', VOLUME_FACTORS.map((f) => f * medianRequests));
  const sketch = (name: string, output: string, evaluator?: string) => ({ name, kind: 'sketch' as const, column: { output, ...(evaluator ? { evaluator } : {}) } });
  const gridPlans = variantPlans({ ...base, reducers: [] }, grid, (v) => [sketch(v.name, 'monthly_savings', v.name)], GRID_VARIANTS_PER_RUN);
  const gridSketches = new Map<string, QuantileSketch>();
  for (const plan of gridPlans) {
    const summary = await run(plan, samples);
    for (const v of grid) if (summary.reductions[v.name]) gridSketches.set(v.name, summary.reductions[v.name] as QuantileSketch);
  }
  // The scenario's volume at its point values (as `estimate` shows it): the grid's unit.
  const currentVolume = evaluateRoi(pointValues(base.inputs) as RoiInputs).current_daily_tokens;
  const band = (q: number) => grid.map((v) => sketchQuantile(gridSketches.get(v.name) as QuantileSketch, q));
  return {
    cost_breakdown: { ...costBreakdown(pinSummary), training_split: trainingSplit(pointValues(base.inputs)) },
    tornado: valueTornado(roiModel, base.inputs, metric),
    probability_tornado: { threshold_months: threshold, samples: pinSummary.samples, base: estimate('base'), rows },
    break_even_bands: {
      metric: 'monthly_savings',
      samples,
      volumes: VOLUME_FACTORS.map((f) => f * currentVolume),
      p5: band(0.05),
      p25: band(0.25),
      p50: band(0.5),
      p75: band(0.75),
      p95: band(0.95),
      current_volume: currentVolume,
    },
  };
}

/** The cost lines of the breakdown, one-time then monthly (the API bill first, as the reference). */
const ONE_TIME = ['compute_cost', 'training_storage_cost', 'data_processing_cost', 'network_cost', 'engineering_cost'] as const;
const MONTHLY = ['monthly_api_cost', 'monthly_serving_cost', 'monthly_storage_cost', 'monthly_ops_cost', 'monthly_quality_cost_delta', 'monthly_amortized_project_cost'] as const;
/** A training run, an experiment (runs_per_experiment runs) and the project's training. */
const TRAINING = ['training_cost_per_run', 'training_cost_per_experiment'] as const;
const COST_LINES = [...ONE_TIME, ...MONTHLY, ...TRAINING];

/** P10 / median / P90 of each cost line, from the sketches the pins' run kept. */
function costBreakdown(summary: ChunkSummary): Omit<CostBreakdown, 'training_split'> {
  const line = (output: string): CostLine => {
    const sketch = summary.reductions[output] as QuantileSketch;
    const label = roiModel.outputs.find((field) => field.name === output)?.label ?? output;
    return { output, label, p10: sketchQuantile(sketch, 0.1), p50: sketchQuantile(sketch, 0.5), p90: sketchQuantile(sketch, 0.9) };
  };
  return { samples: summary.samples, one_time: ONE_TIME.map(line), monthly: MONTHLY.map(line), training: TRAINING.map(line) };
}
