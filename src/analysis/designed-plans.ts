import { fromSpec } from '../../distributions/index.js';
import { BASE_EVALUATOR, type EvaluatorSpec, type Override, type SimulationPlan } from '../engine/plan.js';
import type { ColumnRef, ReducerSpec } from '../engine/reducers/reducer-spec.js';

/** A designed variant of a plan's rows: the model run with some inputs overridden. */
export interface Variant {
  readonly name: string;
  readonly overrides: Readonly<Record<string, Override>>;
}

/**
 * Pins: for each uncertain input, one variant with it set to its `low` quantile and one at
 * its `high` quantile, every other input still sampled. Run on the same seed, the pins see
 * the base run's draws of every other input (common random numbers).
 */
export function pinVariants(inputs: SimulationPlan['inputs'], low = 0.1, high = 0.9): { input: string; low: Variant & { value: number }; high: Variant & { value: number } }[] {
  return Object.entries(inputs)
    .filter(([, spec]) => typeof spec !== 'number' && fromSpec(spec).variance > 0)
    .map(([input, spec]) => {
      const dist = fromSpec(spec);
      const [lowValue, highValue] = [dist.quantile(low), dist.quantile(high)];
      return {
        input,
        low: { name: `${input}@low`, overrides: { [input]: { set: lowValue } }, value: lowValue },
        high: { name: `${input}@high`, overrides: { [input]: { set: highValue } }, value: highValue },
      };
    });
}

/** Variants setting one input to each of `values` (a volume grid), every other input sampled. */
export function gridVariants(input: string, values: readonly number[]): Variant[] {
  return values.map((value, k) => ({ name: `${input}#${k}`, overrides: { [input]: { set: value } } }));
}

/**
 * Plans running `variants` on the rows of `base`, `perPlan` variants at a time: each keeps
 * `base`'s reducers (on the base evaluator) and adds `reducersFor(variant, column)`. Several variants share one plan's draws; the
 * batches share them too, through the seed. Batches bound the reducers a worker holds at
 * once (a quantile sketch keeps an 8 MiB table).
 */
export function variantPlans(
  base: SimulationPlan,
  variants: readonly Variant[],
  reducersFor: (variant: Variant, column: (output: string) => ColumnRef) => ReducerSpec[],
  perPlan = variants.length,
): SimulationPlan[] {
  const plans: SimulationPlan[] = [];
  for (let start = 0; start < variants.length; start += perPlan) {
    const batch = variants.slice(start, start + perPlan);
    plans.push({
      ...base,
      evaluators: [{ name: BASE_EVALUATOR }, ...batch.map((v): EvaluatorSpec => ({ name: v.name, overrides: v.overrides }))],
      reducers: [...base.reducers, ...batch.flatMap((v) => reducersFor(v, (output) => ({ output, evaluator: v.name })))],
    });
  }
  return plans;
}
