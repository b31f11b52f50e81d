import { isDeepStrictEqual } from 'node:util';
import type { InputSpec } from '../../distributions/index.js';
import type { ChunkSummary, EvaluatorSpec, Override, SimulationPlan } from '../engine/plan.js';
import type { ReducerSpec } from '../engine/reducers/reducer-spec.js';
import { roiModel } from '../model/roi-model.js';
import type { Scenario } from '../scenario/scenario.js';
import type { BestOf } from '../stats/best-of.js';
import { estimateProbability, type ProbabilityEstimate } from '../stats/binomial-interval.js';
import { standardDeviation, type Moments } from '../stats/moments.js';
import { sketchQuantile, type QuantileSketch } from '../stats/quantile-sketch.js';
import { countAt, type ThresholdCounts } from '../stats/threshold-counts.js';
import type { OptionResult, OptionsComparison } from './analysis-results.js';
import { curveMonths, paybackOutput, roiPlan } from './roi-plan.js';

/** Samples of the options' run at most: P(best) is then known to +-0.1 point. */
export const OPTIONS_SAMPLES_MAX = 1_000_000;
/** The alternative every option is measured against: its NPV is 0 by construction. */
export const STAY_ON_API = 'Stay on the API';

const evaluatorOf = (k: number) => `option:${k}`;
const REDUCE = {
  best: 'options.best_of',
  npvSketch: (k: number) => `option:${k}.npv.sketch`,
  curve: (k: number) => `option:${k}.payback.curve_counts`,
};

/**
 * The options' plan: the scenario's rows, one evaluator per option. An input an option
 * leaves as the scenario has it is read from the same column (the same draws); one it fixes
 * is set; one it gives another distribution is drawn from a stream of its own.
 */
export function optionsPlan(scenario: Scenario): { plan: SimulationPlan; shared: string[] } {
  const base = roiPlan(scenario);
  const inputs: Record<string, InputSpec> = { ...scenario.inputs };
  const changed = new Set<string>();
  const evaluators: EvaluatorSpec[] = scenario.options.map((option, k) => {
    const overrides: Record<string, Override> = {};
    for (const { name } of roiModel.inputs) {
      const spec = option.inputs[name] as InputSpec;
      if (isDeepStrictEqual(spec, scenario.inputs[name])) continue;
      changed.add(name);
      if (typeof spec === 'number') overrides[name] = { set: spec };
      else {
        const own = `${evaluatorOf(k)}:${name}`;
        inputs[own] = spec;
        overrides[name] = { input: own };
      }
    }
    return { name: evaluatorOf(k), overrides };
  });
  const payback = paybackOutput(scenario);
  const months = curveMonths(scenario.simulation.threshold_months);
  const reducers: ReducerSpec[] = [
    {
      name: REDUCE.best,
      kind: 'best_of',
      constant: 0,
      column: { output: 'npv', evaluator: evaluatorOf(0) },
      others: scenario.options.slice(1).map((_, k) => ({ output: 'npv', evaluator: evaluatorOf(k + 1) })),
    },
    ...scenario.options.flatMap((_, k): ReducerSpec[] => [
      { name: REDUCE.npvSketch(k), kind: 'sketch', column: { output: 'npv', evaluator: evaluatorOf(k) } },
      { name: REDUCE.curve(k), kind: 'threshold_counts', column: { output: payback, evaluator: evaluatorOf(k) }, thresholds: months, inclusive: true },
    ]),
  ];
  const shared = roiModel.inputs.map((f) => f.name).filter((name) => !changed.has(name) && typeof scenario.inputs[name] !== 'number');
  return { plan: { ...base, inputs, evaluators, reducers }, shared };
}

/** The options compared, from the options' plan's merged summary. Pure. */
export function compareOptions(scenario: Scenario, summary: ChunkSummary, shared: readonly string[]): OptionsComparison {
  const n = summary.samples;
  const threshold = scenario.simulation.threshold_months;
  const best = summary.reductions[REDUCE.best] as BestOf;
  const regret = (k: number) => {
    const m = best.regret[k] as Moments;
    return { mean: m.mean, standard_error: m.count > 1 ? standardDeviation(m) / Math.sqrt(m.count) : 0 };
  };
  const api: OptionResult = {
    name: STAY_ON_API,
    description: 'every NPV is measured against staying on the API',
    p_best: estimateProbability(best.wins[0] as number, n),
    expected_regret: regret(0),
    npv: { mean: 0, p5: 0, p50: 0, p95: 0 },
    p_payback_within_threshold: null,
    payback_curve: null,
  };
  const options = scenario.options.map((option, k): OptionResult => {
    const sketch = summary.reductions[REDUCE.npvSketch(k)] as QuantileSketch;
    const at = (q: number) => {
      const v = sketchQuantile(sketch, q);
      return Number.isFinite(v) ? v : null;
    };
    const curve = summary.reductions[REDUCE.curve(k)] as ThresholdCounts;
    return {
      name: option.name,
      description: option.description ?? null,
      p_best: estimateProbability(best.wins[k + 1] as number, n),
      expected_regret: regret(k + 1),
      npv: { mean: sketch.moments.mean, p5: at(0.05), p50: at(0.5), p95: at(0.95) },
      p_payback_within_threshold: estimateProbability(countAt(curve, '<=', threshold), n),
      payback_curve: curveMonths(threshold).map((month) => ({ month, probability: countAt(curve, '<=', month) / n })),
    };
  });
  return { samples: n, metric: 'npv', threshold_months: threshold, shared_inputs: shared, alternatives: [api, ...options] };
}

/** Runs the options' plan (on at most OPTIONS_SAMPLES_MAX of the scenario's rows) and compares them. */
export async function runOptions(scenario: Scenario, run: (plan: SimulationPlan, samples: number) => Promise<ChunkSummary>): Promise<OptionsComparison | null> {
  if (scenario.options.length === 0) return null;
  const { plan, shared } = optionsPlan(scenario);
  return compareOptions(scenario, await run(plan, Math.min(OPTIONS_SAMPLES_MAX, scenario.simulation.samples)), shared);
}
