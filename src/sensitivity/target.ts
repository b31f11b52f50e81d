import { fromSpec, type InputSpec } from '../../distributions/index.js';
import type { ChunkSummary, SamplerSpec, SimulationPlan } from '../engine/plan.js';
import { BASE_EVALUATOR } from '../engine/plan.js';
import type { ReducerSpec } from '../engine/reducers/reducer-spec.js';
import type { InputField } from '../model/input-field.js';
import type { Model } from '../model/model.js';

/**
 * What a sensitivity method looks at, for any model: its inputs, the output whose variation
 * is explained (`metric`), and optionally an event (`event.output <= event.at_most`, e.g.
 * payback within 12 months) and the decision's net value (adopt when it is positive).
 * Nothing here knows the ROI model.
 */
export interface SensitivityTarget {
  readonly model: Model;
  readonly inputs: Readonly<Record<string, InputSpec>>;
  readonly seed: string;
  /** Plain or Latin hypercube draws, with correlations (Sobol designs ignore it). */
  readonly sampler: SamplerSpec;
  readonly metric: string;
  readonly event?: { readonly output: string; readonly at_most: number };
  readonly netValue?: string;
}

/** Runs a plan for `samples` rows in chunks of `chunkSize` (somewhere) and gives its summary. */
export type PlanRunner = (plan: SimulationPlan, samples: number, chunkSize: number) => Promise<ChunkSummary>;

/** The inputs that vary: those given as distributions, in the model's order. */
export function uncertainInputs(target: Pick<SensitivityTarget, 'model' | 'inputs'>): InputField[] {
  return target.model.inputs.filter((field) => typeof target.inputs[field.name] !== 'number');
}

/** The dotted scenario path of an input, as users write it (`api.input_price_per_1m`). */
export function inputPath(field: InputField): string {
  return field.path.join('.');
}

/** A plan of the target's model and inputs with the given sampler and reducers. */
export function targetPlan(target: SensitivityTarget, reducers: readonly ReducerSpec[], sampler: SamplerSpec = target.sampler): SimulationPlan {
  return {
    model: { id: target.model.id, url: target.model.url },
    inputs: target.inputs,
    seed: target.seed,
    sampler,
    evaluators: [{ name: BASE_EVALUATOR }],
    reducers,
  };
}

/** The distribution of an uncertain input. */
export function inputDistribution(target: Pick<SensitivityTarget, 'inputs'>, name: string) {
  return fromSpec(target.inputs[name] as InputSpec);
}
