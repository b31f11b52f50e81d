import { mergeChunkSummaries } from './merge-summaries.js';
import type { ChunkSummary, SimulationPlan } from './plan.js';
import type { Runner } from './runner.js';
import { simulate, type SimulateOptions, type Simulated } from './simulate.js';

export type SimulatePlanOptions = Pick<SimulateOptions<ChunkSummary>, 'samples' | 'chunkSize' | 'onProgress' | 'stopWhen'>;

/**
 * A plan simulated on a runner: each chunk is the plan plus its index and length, and
 * summaries merge reducer by reducer. Twice the runner's threads are kept in flight, so no
 * thread waits while the main thread merges.
 */
export function simulatePlan(plan: SimulationPlan, runner: Runner, options: SimulatePlanOptions): Promise<Simulated<ChunkSummary>> {
  return simulate<ChunkSummary>({
    ...options,
    run: ({ index, length }) => runner.run({ ...plan, chunkIndex: index, length }),
    merge: (a, b) => mergeChunkSummaries(plan.reducers, a, b),
    window: 2 * runner.threads,
  });
}
