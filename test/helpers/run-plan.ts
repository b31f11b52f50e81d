import { createInlineRunner } from '../../src/engine/inline-runner.js';
import type { ChunkSummary, SimulationPlan } from '../../src/engine/plan.js';
import type { ReducerSpec } from '../../src/engine/reducers/reducer-spec.js';
import type { Runner } from '../../src/engine/runner.js';
import { simulatePlan } from '../../src/engine/simulate-plan.js';
import type { Model } from '../../src/model/model.js';

/** A plan for `model`: independent draws, the base evaluator plus `evaluators`, and `reducers`. */
export function planFor(model: Model, inputs: SimulationPlan['inputs'], reducers: readonly ReducerSpec[], extra: Partial<SimulationPlan> = {}): SimulationPlan {
  return {
    model: { id: model.id, url: model.url },
    inputs,
    seed: 'test',
    sampler: { kind: 'independent' },
    evaluators: [{ name: 'base' }],
    reducers,
    ...extra,
  };
}

/** The merged summary of `samples` rows of `plan`, in this thread unless a runner is given. */
export async function runPlan(plan: SimulationPlan, samples: number, chunkSize = 10_000, runner: Runner = createInlineRunner()): Promise<ChunkSummary> {
  return (await simulatePlan(plan, runner, { samples, chunkSize })).summary;
}
