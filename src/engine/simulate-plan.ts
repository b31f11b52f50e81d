import { chunkSummaryFold } from './merge-summaries.js';
import type { ChunkSummary, SimulationPlan } from './plan.js';
import type { Runner } from './runner.js';
import { simulate, type SimulateOptions, type Simulated } from './simulate.js';

/** A chunk's run threw (in a worker or in this thread): which chunk, and why. */
export class ChunkFailedError extends Error {
  override readonly name = 'ChunkFailedError';
  constructor(
    readonly chunkIndex: number,
    chunkSize: number,
    length: number,
    override readonly cause: unknown,
  ) {
    const first = chunkIndex * chunkSize;
    super(`chunk ${chunkIndex} (samples ${first} to ${first + length - 1}) failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

export type SimulatePlanOptions = Pick<SimulateOptions<ChunkSummary>, 'samples' | 'chunkSize' | 'onProgress' | 'stopWhen'>;

/**
 * A plan simulated on a runner: each chunk is the plan plus its index and length, and
 * summaries merge reducer by reducer. Twice the runner's threads are kept in flight, so no
 * thread waits while the main thread merges.
 */
export function simulatePlan(plan: SimulationPlan, runner: Runner, options: SimulatePlanOptions): Promise<Simulated<ChunkSummary>> {
  return simulate<ChunkSummary>({
    ...options,
    run: ({ index, length }) =>
      runner.run({ ...plan, chunkIndex: index, length }).catch((error: unknown) => {
        throw new ChunkFailedError(index, options.chunkSize, length, error);
      }),
    merge: chunkSummaryFold(plan.reducers),
    window: 2 * runner.threads,
  });
}
